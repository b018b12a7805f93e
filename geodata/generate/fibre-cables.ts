// Fibre cables: the backbone along Grande Terre's west coast (with the Koné–Poindimié
// transversal) and short distribution runs inside zones that are deployed or being built.
import type { Feature, LineString, Position } from 'geojson';
import * as turf from '@turf/turf';
import { islands, roundPosition } from '../land.ts';
import { inArea, offsetKm, randomPointIn, snapInside } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { FibreCableRow, FibreZoneRow } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { scaledCount } from './commune-profiles.ts';

/** Neighbouring main towns, south to north, then across the chain. [from, to, chance deployed]. */
const BACKBONE: readonly (readonly [string, string, number])[] = [
  ['98818', '98821', 1], // Nouméa – Païta
  ['98821', '98802', 1], // Païta – Boulouparis
  ['98802', '98813', 1], // Boulouparis – La Foa
  ['98813', '98803', 0.9], // La Foa – Bourail
  ['98803', '98827', 0.9], // Bourail – Poya
  ['98827', '98825', 0.9], // Poya – Pouembout
  ['98825', '98811', 1], // Pouembout – Koné
  ['98811', '98831', 0.8], // Koné – Voh
  ['98831', '98810', 0.7], // Voh – Kaala-Gomen
  ['98810', '98812', 0.7], // Kaala-Gomen – Koumac
  ['98811', '98822', 0.4], // Koné – Poindimié, across the central chain
];

/** Spacing of backbone vertices, km. */
const BACKBONE_STEP_KM = 4;

function row(
  name: string,
  communeInsee: string,
  kind: FibreCableRow['kind'],
  status: FibreCableRow['status'],
  coordinates: Position[],
): FibreCableRow {
  const geom: LineString = { type: 'LineString', coordinates };
  const lengthM = Math.round(turf.length(turf.feature(geom), { units: 'meters' }));
  return { name, communeInsee, kind, status, lengthM, geom };
}

/**
 * A wavy route between two towns: vertices every few km, nudged sideways, and pulled back onto
 * Grande Terre when they fall in the lagoon. What is left at sea are short crossings between
 * two coastal vertices.
 */
function route(random: Random, from: Position, to: Position): Position[] {
  const grandeTerre = islands()[0]!.polygon;
  const steps = Math.max(2, Math.ceil(turf.distance(from, to) / BACKBONE_STEP_KM));
  const path: Position[] = [roundPosition(from)];
  for (let i = 1; i < steps; i++) {
    const f = i / steps;
    const straight: Position = [from[0]! + f * (to[0]! - from[0]!), from[1]! + f * (to[1]! - from[1]!)];
    const nudged = offsetKm(straight, random.normal(0, 0.6), random.normal(0, 0.6));
    path.push(snapInside(nudged, grandeTerre));
  }
  path.push(roundPosition(to));
  return path.filter((p, i) => i === 0 || p[0] !== path[i - 1]![0] || p[1] !== path[i - 1]![1]);
}

function backbone(t: Territory, random: Random): FibreCableRow[] {
  return BACKBONE.map(([a, b, deployedChance]) => {
    const [from, to] = [t.commune(a), t.commune(b)];
    const status = random.chance(deployedChance) ? 'deployed' : 'planned';
    return row(
      `Dorsale ${from.name}–${to.name}`,
      from.insee,
      'backbone',
      status,
      route(random, from.townOnLand, to.townOnLand),
    );
  });
}

/** A short meandering run that stays inside its zone: 2 to 6 legs of 150–500 m. */
function distributionRun(random: Random, zone: Feature<FibreZoneRow['geom']>): Position[] | null {
  const start = randomPointIn(random, zone);
  if (!start) return null;
  const path: Position[] = [start];
  let heading = random.uniform(0, 2 * Math.PI);
  const legs = random.int(2, 6);
  for (let leg = 0; leg < legs; leg++) {
    for (let attempt = 0; attempt < 12; attempt++) {
      const turn = heading + random.uniform(-Math.PI / 3, Math.PI / 3);
      const km = random.uniform(0.15, 0.5);
      const next = roundPosition(offsetKm(path[path.length - 1]!, km * Math.cos(turn), km * Math.sin(turn)));
      if (inArea(next, zone)) {
        path.push(next);
        heading = turn;
        break;
      }
    }
  }
  return path.length >= 2 ? path : null;
}

function distribution(random: Random, zones: readonly FibreZoneRow[]): FibreCableRow[] {
  const rows: FibreCableRow[] = [];
  for (const zone of zones) {
    if (zone.status !== 'deployed' && zone.status !== 'works') continue;
    // Cables in a zone still under works are laid but not yet lit: 'planned'.
    const status = zone.status === 'deployed' ? 'deployed' : 'planned';
    const count = scaledCount(random, 0.6);
    for (let k = 1; k <= count; k++) {
      const path = distributionRun(random, turf.feature(zone.geom));
      if (!path) continue;
      const name = `Distribution ${zone.name.replace('Zone FTTH ', '')}${count > 1 ? `-${k}` : ''}`;
      rows.push(row(name, zone.communeInsee, 'distribution', status, path));
    }
  }
  return rows;
}

export function generateFibreCables(
  t: Territory,
  random: Random,
  zones: readonly FibreZoneRow[],
): FibreCableRow[] {
  // The backbone is one network whatever the scale; distribution grows with the zones.
  return [...backbone(t, random.fork('backbone')), ...distribution(random.fork('distribution'), zones)];
}
