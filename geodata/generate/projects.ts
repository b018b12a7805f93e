// Works in each commune (issue #4): the operator's projects building the layers' features still to
// come (fibre zones in works or planned, planned sites, PO boxes, Wi-Fi terminals, school
// connections), some done, some late with a reason, and works of other utilities, some of them
// in the same streets at the same time as the operator's, so that there is something to pool.
import type { LineString } from 'geojson';
import * as turf from '@turf/turf';
import { offsetKm, randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { FibreZoneRow, ProjectRow, SampleData } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { SAMPLE_DATE } from './fibre-zones.ts';

type Layers = Omit<SampleData, 'asOf' | 'projects' | 'provinces' | 'communes'>;
type Status = ProjectRow['status'];

export const ORGANISATIONS = {
  operator: 'Opérateur télécom et postal',
  power: "Distributeur d'électricité",
  water: 'Service des eaux',
  roads: 'Direction des routes',
  commune: 'Services techniques de la commune',
} as const;

const SLIPPAGE_REASONS = [
  'Intempéries : chantier suspendu pendant la saison des pluies',
  'Accord foncier coutumier en cours de discussion',
  'Retard de livraison du matériel (fret maritime)',
  'Autorisation de voirie en attente',
  'Reprise des études après découverte de réseaux non cartographiés',
  'Entreprise de travaux indisponible',
];

const day = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Schedule {
  status: Status;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  slippageReason: string | null;
}

interface ScheduleOptions {
  /** A finished project's actual end: the deployment date its feature already has. */
  endedOn?: string | null | undefined;
  /** Whether a late project has started (its feature in works), else drawn at random. */
  started?: boolean | undefined;
}

/** A schedule consistent with its status as of the sample's date (2026-06-30): nothing after it. */
function schedule(
  random: Random,
  status: Status,
  durationDays: number,
  options: ScheduleOptions = {},
): Schedule {
  const length = Math.max(14, Math.round(durationDays));
  const empty = { actualStart: null, actualEnd: null, slippageReason: null };
  switch (status) {
    case 'done': {
      if (options.endedOn) {
        // Worked back from the end its feature records.
        const actualEnd = options.endedOn;
        const actualStart = day(actualEnd, -Math.round(length * random.uniform(0.8, 1.5)));
        const plannedStart = day(actualStart, -random.int(-5, 40));
        return {
          status,
          plannedStart,
          plannedEnd: day(plannedStart, length),
          actualStart,
          actualEnd,
          slippageReason: null,
        };
      }
      const plannedStart = random.isoDate('2024-01-01', day(SAMPLE_DATE, -length - 30));
      const actualStart = day(plannedStart, random.int(-5, 40));
      const actualEnd = day(actualStart, Math.round(length * random.uniform(0.8, 1.5)));
      return {
        status,
        plannedStart,
        plannedEnd: day(plannedStart, length),
        actualStart,
        actualEnd: actualEnd > SAMPLE_DATE ? SAMPLE_DATE : actualEnd,
        slippageReason: null,
      };
    }
    case 'works': {
      const plannedStart = random.isoDate(day(SAMPLE_DATE, -length + 14), day(SAMPLE_DATE, -7));
      return {
        ...empty,
        status,
        plannedStart,
        plannedEnd: day(plannedStart, length),
        actualStart: day(plannedStart, random.int(0, 7)),
      };
    }
    case 'delayed': {
      // Late: due to have started, or to be finished, by now; a start is never after the sample's date.
      const plannedStart = random.isoDate(day(SAMPLE_DATE, -length - 300), day(SAMPLE_DATE, -30));
      const started = options.started ?? random.chance(0.5);
      const actualStart = day(plannedStart, random.int(20, 90));
      return {
        status,
        plannedStart,
        plannedEnd: day(plannedStart, length),
        actualStart: started ? (actualStart > SAMPLE_DATE ? SAMPLE_DATE : actualStart) : null,
        actualEnd: null,
        slippageReason: random.pick(SLIPPAGE_REASONS),
      };
    }
    case 'planned':
    case 'studies':
    case 'cancelled': {
      const plannedStart = random.isoDate(day(SAMPLE_DATE, 20), '2028-06-30');
      return { ...empty, status, plannedStart, plannedEnd: day(plannedStart, length) };
    }
  }
}

/** An operator project's status: mostly as its feature says, sometimes late. */
const laterOrLate = (random: Random, status: Status): Status => (random.chance(0.22) ? 'delayed' : status);

function operatorProjects(random: Random, layers: Layers): ProjectRow[] {
  const rows: ProjectRow[] = [];
  const push = (
    row: Omit<ProjectRow, 'organisation' | keyof Schedule>,
    status: Status,
    days: number,
    options?: ScheduleOptions,
  ) =>
    rows.push({ ...row, organisation: ORGANISATIONS.operator, ...schedule(random, status, days, options) });

  layers.fibreZones.forEach((zone, i) => {
    const recent = zone.status === 'deployed' && (zone.deployedOn ?? '') >= '2025-06-01';
    if (zone.status === 'deployed' && !recent) return;
    const status: Status =
      zone.status === 'deployed'
        ? 'done'
        : zone.status === 'works'
          ? laterOrLate(random, 'works')
          : laterOrLate(random, zone.status);
    push(
      {
        title: `Déploiement fibre — ${zone.name}`,
        communeInsee: zone.communeInsee,
        kind: 'fibre_works',
        layerId: 'fibre-zones',
        featureId: i + 1,
        publicNotes: `${zone.premisesPassed} locaux raccordables à la fibre à l'issue des travaux.`,
        geom: zone.geom,
      },
      status,
      random.int(90, 300),
      // The zone's deployment date is the project's end; a zone in works has a started project.
      { endedOn: zone.deployedOn, started: zone.status === 'works' },
    );
  });
  layers.mobileSites.forEach((site, i) => {
    if (site.status !== 'planned') return;
    push(
      {
        title: `Nouveau site mobile — ${site.name}`,
        communeInsee: site.communeInsee,
        kind: 'mobile_site',
        layerId: 'mobile-sites',
        featureId: i + 1,
        publicNotes: `Technologies prévues : ${site.technologies.join(', ')}.`,
        geom: site.geom,
      },
      laterOrLate(random, random.pick(['planned', 'studies'] as const)),
      random.int(60, 200),
    );
  });
  layers.poBoxBlocks.forEach((block, i) => {
    if (block.status !== 'planned') return;
    push(
      {
        title: `Îlot de boîtes postales — ${block.name}`,
        communeInsee: block.communeInsee,
        kind: 'po_box_block',
        layerId: 'po-boxes',
        featureId: i + 1,
        publicNotes: `${block.boxes} boîtes postales.`,
        geom: block.geom,
      },
      laterOrLate(random, 'planned'),
      random.int(30, 90),
    );
  });
  layers.wifiTerminals.forEach((terminal, i) => {
    if (terminal.status !== 'planned') return;
    push(
      {
        title: `Borne Wi-Fi — ${terminal.siteName}`,
        communeInsee: terminal.communeInsee,
        kind: 'wifi_terminal',
        layerId: 'wifi-terminals',
        featureId: i + 1,
        publicNotes: `Horaires prévus : ${terminal.openingHours}.`,
        geom: terminal.geom,
      },
      laterOrLate(random, 'planned'),
      random.int(20, 60),
    );
  });
  layers.schools.forEach((school, i) => {
    if (school.connection !== 'none' && school.connection !== 'satellite') return;
    if (!random.chance(0.5)) return;
    push(
      {
        title: `Raccordement — ${school.name}`,
        communeInsee: school.communeInsee,
        kind: 'school_connection',
        layerId: 'schools',
        featureId: i + 1,
        publicNotes: `${school.pupils} élèves.`,
        geom: school.geom,
      },
      laterOrLate(random, random.pick(['planned', 'studies', 'works'] as const)),
      random.int(30, 120),
    );
  });
  // A few plans abandoned.
  for (const row of rows) if (row.status === 'planned' && random.chance(0.05)) row.status = 'cancelled';
  return rows;
}

const UTILITIES = [
  ['power', ORGANISATIONS.power, 'Renforcement du réseau électrique'],
  ['water', ORGANISATIONS.water, "Remplacement d'une conduite d'eau"],
  ['roads', ORGANISATIONS.roads, 'Réfection de chaussée'],
  ['other', ORGANISATIONS.commune, 'Aménagement de trottoirs'],
] as const;

/** A short straight line (0.4–1.5 km) starting at `from`, kept only when it stays in the commune. */
function streetLine(
  random: Random,
  from: [number, number],
  inside: (p: [number, number]) => boolean,
): LineString | null {
  for (let i = 0; i < 20; i++) {
    const km = random.uniform(0.4, 1.5);
    const angle = random.uniform(0, 2 * Math.PI);
    const to = offsetKm(from, km * Math.cos(angle), km * Math.sin(angle)).map(
      (x) => Math.round(x * 1e6) / 1e6,
    ) as [number, number];
    if (inside(to)) return { type: 'LineString', coordinates: [from, to] };
  }
  return null;
}

function utilityProjects(
  random: Random,
  t: Territory,
  layers: Layers,
  operator: readonly ProjectRow[],
): ProjectRow[] {
  const rows: ProjectRow[] = [];
  for (const c of t.communes) {
    const inside = (p: [number, number]) => t.communeAt(p)?.insee === c.insee;
    const mine = operator.filter(
      (p) => p.communeInsee === c.insee && p.status !== 'done' && p.status !== 'cancelled',
    );
    // Some utility works start where the operator digs, at the same time: candidates for pooling.
    const shared = mine.filter((p) => p.kind === 'fibre_works' && random.chance(0.45)).slice(0, 3);
    const places = layers.settlements.filter((s) => s.communeInsee === c.insee && s.kind !== 'tribu');
    const own = random.int(1, places.length > 2 ? 3 : 2);
    const anchors: { from: [number, number]; like?: ProjectRow }[] = [
      ...shared.map((p) => ({
        from: turf.pointOnFeature(p.geom).geometry.coordinates.map((x) => Math.round(x * 1e6) / 1e6) as [
          number,
          number,
        ],
        like: p,
      })),
      ...Array.from({ length: own }, () => {
        const near: [number, number] =
          places.length > 0 ? (random.pick(places).geom.coordinates as [number, number]) : c.townOnLand;
        const from = randomPointNear(random, near, c.area, { maxKm: 2 }) ?? c.townOnLand;
        return { from };
      }),
    ];
    for (const { from, like } of anchors) {
      const geom = streetLine(random, from, inside);
      if (!geom) continue;
      const [kind, organisation, title] = random.pick(UTILITIES);
      const status = like
        ? like.status === 'delayed'
          ? 'works'
          : like.status
        : random.weighted<Status>([
            ['planned', 3],
            ['works', 2],
            ['done', 2],
            ['delayed', 1],
            ['studies', 1],
          ]);
      const base = schedule(random, status, random.int(30, 200));
      // Overlapping the operator's period, so that the trench could be shared.
      const overlap = like
        ? {
            plannedStart: day(like.plannedStart, random.int(-20, 20)),
            plannedEnd: day(like.plannedEnd, random.int(-10, 40)),
          }
        : {};
      const row: ProjectRow = {
        title: `${title} — ${c.name}`,
        communeInsee: c.insee,
        kind,
        organisation,
        ...base,
        ...overlap,
        layerId: null,
        featureId: null,
        publicNotes: 'Circulation alternée pendant les travaux.',
        geom,
      };
      if (row.plannedEnd < row.plannedStart) row.plannedEnd = row.plannedStart;
      rows.push(row);
    }
  }
  return rows;
}

export function generateProjects(random: Random, t: Territory, layers: Layers): ProjectRow[] {
  const operator = operatorProjects(random.fork('operator'), layers);
  return [...operator, ...utilityProjects(random.fork('utilities'), t, layers, operator)];
}

/** A fibre zone's stage from its project's, as migration 0009's zone_status_of() says. */
function zoneStatusOf(project: ProjectRow, current: FibreZoneRow['status']): FibreZoneRow['status'] {
  switch (project.status) {
    case 'done':
      return 'deployed';
    case 'works':
      return 'works';
    case 'studies':
    case 'planned':
      return project.status;
    default:
      if (project.status === 'delayed' && project.actualStart !== null) return 'works';
      return current === 'planned' || current === 'studies' ? current : 'studies';
  }
}

/**
 * The fibre zones as their projects make them (issue #9): a zone built by a project takes its
 * stage, its planned year (the project's planned end) and its deployment date (the project's
 * actual end) from it. Cancelled projects govern nothing. The database keeps it so (migration 0009).
 */
export function followProjects(
  zones: readonly FibreZoneRow[],
  projects: readonly ProjectRow[],
): FibreZoneRow[] {
  const governing = new Map<number, ProjectRow>();
  for (const p of projects) {
    if (p.layerId !== 'fibre-zones' || p.featureId == null || p.status === 'cancelled') continue;
    const known = governing.get(p.featureId);
    if (!known || p.plannedEnd >= known.plannedEnd) governing.set(p.featureId, p);
  }
  return zones.map((zone, i) => {
    const p = governing.get(i + 1);
    if (!p) return zone;
    return {
      ...zone,
      status: zoneStatusOf(p, zone.status),
      plannedYear: Number(p.plannedEnd.slice(0, 4)),
      deployedOn: p.actualEnd,
    };
  });
}
