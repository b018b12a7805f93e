// FTTH zones: round or hexagonal patches around towns and villages, clipped to their commune so
// they stay on land. Most of Nouméa is deployed; the bush and the islands are still being
// studied or built.
import type { MultiPolygon } from 'geojson';
import * as turf from '@turf/turf';
import { cleanMultiPolygon, clipToArea, polygonsOf } from '../polygons.ts';
import { flatKm, randomPointIn, randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { FibreZoneRow, SettlementRow } from '../sample-data.ts';
import type { Commune, Territory } from '../territory.ts';
import { communeClass, scaledCount, type CommuneClass } from './commune-profiles.ts';
import { twoDigits } from './place-names.ts';

type Status = FibreZoneRow['status'];

/** The sample's "today": nothing is deployed after it. */
export const SAMPLE_DATE = '2026-06-30';

/**
 * Zones per commune by class: two dozen in Nouméa, about a dozen in each suburb, a few in the
 * regional centres, one or two elsewhere.
 */
const ZONES_PER_COMMUNE: Readonly<Record<CommuneClass, number>> = {
  noumea: 26,
  suburb: 11,
  centre: 3.5,
  rural: 1.3,
};

interface ClassPlan {
  radiusKm: readonly [number, number];
  /** How far from a town or village a zone may lie; null: anywhere in the commune. */
  reachKm: number | null;
  /** Relative weights of the statuses. */
  statuses: Readonly<Record<Status, number>>;
  /** Premises per km² of zone. */
  density: readonly [number, number];
}

const PLANS: Readonly<Record<CommuneClass, ClassPlan>> = {
  noumea: {
    radiusKm: [0.5, 0.9],
    reachKm: null,
    statuses: { deployed: 85, works: 8, studies: 5, planned: 2 },
    density: [900, 1600],
  },
  suburb: {
    radiusKm: [0.7, 1.5],
    reachKm: 7,
    statuses: { deployed: 60, works: 15, studies: 15, planned: 10 },
    density: [350, 800],
  },
  centre: {
    radiusKm: [0.8, 2],
    reachKm: 4,
    statuses: { deployed: 45, works: 20, studies: 20, planned: 15 },
    density: [120, 300],
  },
  rural: {
    radiusKm: [1, 2.5],
    reachKm: 3,
    statuses: { deployed: 20, works: 15, studies: 30, planned: 35 },
    density: [50, 150],
  },
};

/** Households (about 3.2 people each) plus businesses: premises a full commune could have. */
const PREMISES_PER_PERSON = 0.37;

/** Planned year by status: deployed zones were planned in the past, planned ones look ahead. */
const PLANNED_YEARS: Readonly<Record<Status, readonly [number, number]>> = {
  deployed: [2015, 2026],
  works: [2025, 2027],
  studies: [2026, 2029],
  planned: [2027, 2030],
};

interface Disc {
  centre: [number, number];
  radiusKm: number;
}

/** The circle clipped to the commune, or null when barely any land is left. */
function clippedPatch(random: Random, disc: Disc, c: Commune): MultiPolygon | null {
  const steps = random.chance(0.4) ? 6 : 32; // some hexagonal patches, most round
  const circle = turf.circle(disc.centre, disc.radiusKm, { steps, units: 'kilometers' });
  const patch = clipToArea(circle, c.area);
  if (!patch) return null;
  const geom = cleanMultiPolygon(polygonsOf(patch));
  return geom.coordinates.length > 0 && turf.area(geom) > 50_000 ? geom : null;
}

function schedule(random: Random, status: Status): Pick<FibreZoneRow, 'plannedYear' | 'deployedOn'> {
  const [from, to] = PLANNED_YEARS[status];
  const plannedYear = random.int(from, to);
  if (status !== 'deployed') return { plannedYear, deployedOn: null };
  // Deployed in or up to a year before its planned year, and never after the sample's date.
  const end = `${plannedYear}-12-31` < SAMPLE_DATE ? `${plannedYear}-12-31` : SAMPLE_DATE;
  return { plannedYear, deployedOn: random.isoDate(`${Math.max(2015, plannedYear - 1)}-01-01`, end) };
}

function communeZones(
  random: Random,
  c: Commune,
  places: readonly SettlementRow[],
  scale: number,
): FibreZoneRow[] {
  const cls = communeClass(c.insee);
  const plan = PLANS[cls];
  const count = scaledCount(random, ZONES_PER_COMMUNE[cls] * scale);
  // Denser samples get smaller patches, so that they still fit side by side.
  const shrink = 1 / Math.sqrt(Math.max(1, scale));
  const anchors = places.map(
    (p) => [p.geom.coordinates as [number, number], p.kind === 'town' ? 3 : 1] as const,
  );
  const householdCap = (PREMISES_PER_PERSON * c.population2019) / Math.max(1, count);
  const discs: Disc[] = [];
  const rows: FibreZoneRow[] = [];
  for (let i = 0; i < count; i++) {
    const radiusKm = random.uniform(...plan.radiusKm) * shrink;
    const clear = (p: [number, number]) =>
      discs.every((d) => flatKm(p, d.centre) > d.radiusKm + radiusKm + 0.05);
    const centre =
      i === 0
        ? c.townOnLand
        : plan.reachKm === null
          ? randomPointIn(random, c.area, clear)
          : randomPointNear(random, random.weighted(anchors), c.area, { maxKm: plan.reachKm, accept: clear });
    if (!centre) continue; // no room left without overlapping: fewer zones here
    const disc = { centre, radiusKm };
    const geom = clippedPatch(random, disc, c);
    if (!geom) continue;
    discs.push(disc);
    const drawn = random.weighted(Object.entries(plan.statuses) as [Status, number][]);
    // Greater Nouméa's town centres were the first to get fibre.
    const status = i === 0 && (cls === 'noumea' || cls === 'suburb') ? 'deployed' : drawn;
    // Dense areas pass many premises, but never more than the commune's households allow.
    const density = random.uniform(...plan.density);
    const premises = Math.min((turf.area(geom) / 1e6) * density, householdCap * random.uniform(0.6, 1));
    rows.push({
      name: `Zone FTTH ${c.name} ${twoDigits(rows.length + 1)}`,
      communeInsee: c.insee,
      status,
      ...schedule(random, status),
      premisesPassed: Math.min(4000, Math.max(80, Math.round(premises / 10) * 10)),
      geom,
    });
  }
  return rows;
}

export function generateFibreZones(
  t: Territory,
  random: Random,
  scale: number,
  settlements: readonly SettlementRow[],
): FibreZoneRow[] {
  return t.communes.flatMap((c) => {
    const places = settlements.filter((s) => s.communeInsee === c.insee && s.kind !== 'tribu');
    return communeZones(random, c, places, scale);
  });
}
