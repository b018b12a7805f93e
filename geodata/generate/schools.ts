// Schools near settlements: primary schools in towns, most villages and about a quarter of the
// tribus; collèges and lycées in the towns; higher education in Nouméa and Koné. How a school is
// connected follows the network: fibre inside deployed zones, satellite or nothing in remote
// tribus without 4G.
import type { Feature, MultiPolygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { flatKm, inArea, randomPointIn, randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { FibreZoneRow, MobileSiteRow, SchoolRow, SettlementRow } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { GREATER_NOUMEA, KONE, NOUMEA, scaledCount } from './commune-profiles.ts';
import { SAMPLE_DATE } from './fibre-zones.ts';
import { createNameMaker, ofPlace, type NameMaker } from './place-names.ts';

type Level = SchoolRow['level'];
type Connection = SchoolRow['connection'];

interface Plan {
  level: Level;
  /** Name without the place: 'École primaire', 'Collège'. */
  title: string;
  pupils: readonly [number, number];
}

const PRIMARY = (kind: SettlementRow['kind']): Plan => ({
  level: 'primary',
  title: 'École primaire',
  pupils: kind === 'town' ? [120, 450] : kind === 'village' ? [60, 250] : [12, 90],
});
const COLLEGE: Plan = { level: 'secondary', title: 'Collège', pupils: [250, 900] };
const LYCEE: Plan = { level: 'secondary', title: 'Lycée', pupils: [450, 1600] };
const HIGHER: Readonly<Record<string, readonly Plan[]>> = {
  [NOUMEA]: [
    { level: 'higher', title: 'Campus universitaire', pupils: [2000, 3200] },
    { level: 'higher', title: 'Institut de technologie', pupils: [400, 900] },
    { level: 'higher', title: 'Institut de formation en santé', pupils: [200, 500] },
  ],
  [KONE]: [{ level: 'higher', title: 'Antenne universitaire', pupils: [150, 400] }],
};
/** Lycées outside Greater Nouméa: the provincial and local centres. */
const LYCEE_TOWNS = new Set(['98811', '98812', '98803', '98813', '98822', '98814', '98815', '98808']);

/** What each settlement hosts. Towns: one primary school per 4,500 inhabitants, at least one. */
function plans(random: Random, s: SettlementRow, scale: number): Plan[] {
  const times = (count: number, plan: Plan) => Array.from({ length: count }, () => plan);
  if (s.kind === 'tribu') return times(scaledCount(random, 0.35), PRIMARY('tribu'));
  if (s.kind === 'village') return times(scaledCount(random, 0.9), PRIMARY('village'));
  // Towns do not multiply with the scale, so their schools do.
  const n = (expected: number) => scaledCount(random, expected * scale);
  const urban = GREATER_NOUMEA.has(s.communeInsee);
  const colleges = urban ? Math.round(s.population / 9000) : s.population > 1500 ? 1 : 0;
  const lycees = urban
    ? Math.max(1, Math.round(s.population / 20000))
    : LYCEE_TOWNS.has(s.communeInsee)
      ? 1
      : 0;
  return [
    ...times(n(Math.max(1, Math.round(s.population / 4500))), PRIMARY('town')),
    ...times(n(colleges), COLLEGE),
    ...times(n(lycees), LYCEE),
    ...(HIGHER[s.communeInsee] ?? []),
  ];
}

interface Network {
  deployedZones: { area: Feature<MultiPolygon>; deployedOn: string }[];
  fourG: Position[];
}

function connect(
  random: Random,
  at: Position,
  s: SettlementRow,
  net: Network,
): Pick<SchoolRow, 'connection' | 'connectedOn'> {
  const zone = net.deployedZones.find((z) => inArea(at, z.area));
  const near4g = net.fourG.some((p) => flatKm(p, at) <= 8);
  const weights: readonly (readonly [Connection, number])[] = zone
    ? [
        ['fibre', 85],
        ['dsl', 15],
      ]
    : s.kind === 'town' || GREATER_NOUMEA.has(s.communeInsee)
      ? [
          ['dsl', 65],
          ['4g', 35],
        ]
      : s.kind === 'village'
        ? [
            ['dsl', 50],
            ['4g', 35],
            ['satellite', 10],
            ['none', 5],
          ]
        : near4g
          ? [
              ['4g', 45],
              ['dsl', 25],
              ['satellite', 20],
              ['none', 10],
            ]
          : [
              ['satellite', 55],
              ['none', 30],
              ['dsl', 15],
            ];
  const connection = random.weighted(weights);
  const since: Record<Connection, string> = {
    fibre: zone?.deployedOn ?? '2015-01-01',
    dsl: '2003-01-01',
    '4g': '2016-01-01',
    satellite: '2008-01-01',
    none: SAMPLE_DATE,
  };
  return {
    connection,
    connectedOn: connection === 'none' ? null : random.isoDate(since[connection], SAMPLE_DATE),
  };
}

function schoolName(plan: Plan, s: SettlementRow, index: number, districts: NameMaker): string {
  const place = s.kind === 'tribu' ? s.name.replace(/^Tribu d(e |')/, '') : s.name;
  // The first school of its kind takes the place's name, the others an invented district's.
  return `${plan.title} ${ofPlace(index === 0 ? place : districts())}`;
}

export function generateSchools(
  t: Territory,
  random: Random,
  scale: number,
  settlements: readonly SettlementRow[],
  zones: readonly FibreZoneRow[],
  sites: readonly MobileSiteRow[],
): SchoolRow[] {
  const net: Network = {
    deployedZones: zones.flatMap((z) =>
      z.deployedOn ? [{ area: turf.feature(z.geom), deployedOn: z.deployedOn }] : [],
    ),
    fourG: sites
      .filter((x) => x.status === 'on-air' && x.technologies.includes('4g'))
      .map((x) => x.geom.coordinates),
  };
  const districts = createNameMaker(
    random.fork('districts'),
    t.communes.map((c) => c.name),
  );
  const rows: SchoolRow[] = [];
  for (const s of settlements) {
    const c = t.commune(s.communeInsee);
    const seen = new Map<string, number>();
    for (const plan of plans(random, s, scale)) {
      const index = seen.get(plan.title) ?? 0;
      seen.set(plan.title, index + 1);
      // Nouméa's schools spread over the whole city; elsewhere they stay close to the settlement.
      const at =
        c.insee === NOUMEA && index > 0
          ? randomPointIn(random, c.area)
          : randomPointNear(random, s.geom.coordinates, c.area, { maxKm: s.kind === 'town' ? 2.5 : 1 });
      if (!at) continue;
      rows.push({
        name: schoolName(plan, s, index, districts),
        communeInsee: c.insee,
        level: plan.level,
        pupils: random.int(...plan.pupils),
        ...connect(random, at, s, net),
        geom: { type: 'Point', coordinates: at },
      });
    }
  }
  return rows;
}
