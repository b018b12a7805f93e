// "What can I get here?" in plain words (issue #5): mobile coverage per technology, fibre at the
// spot, what a school's connection and a terminal's hours mean. The words live in the locale files
// (public.*.json); these functions choose which ones, so both languages follow the same rules.

/** The newest technology first is what people ask about; the list reads oldest first like the legend. */
export const mobileTechnologies = ['2g', '3g', '4g', '5g'] as const;
export type MobileTechnology = (typeof mobileTechnologies)[number];
export type CoverageLevel = 'good' | 'fair' | 'none';

export interface CoverageRow {
  technology: MobileTechnology;
  level: CoverageLevel;
}

/** A translation function: i18next's `t` fits, and so does a test's stand-in. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Every technology in order, with its level at the spot: 'none' where the API lists nothing. */
export function coverageByTechnology(
  mobile: readonly { technology: string; level: string }[],
): CoverageRow[] {
  return mobileTechnologies.map((technology) => {
    const level = mobile.find((entry) => entry.technology === technology)?.level;
    return { technology, level: level === 'good' || level === 'fair' ? level : 'none' };
  });
}

/** The newest technology that reaches the spot, or null where none does. */
export function bestCoverage(rows: readonly CoverageRow[]): CoverageRow | null {
  return rows.findLast((row) => row.level !== 'none') ?? null;
}

export interface Wording {
  /** One line: what the answer is. */
  summary: string;
  /** The lines that explain it. */
  details: string[];
}

/** How a technology code (`4g`) is written for people: 4G, in either language. */
export const technologyName = (technology: string) => technology.toUpperCase();

export function mobileWording(
  t: Translate,
  mobile: readonly { technology: string; level: string }[],
): Wording {
  const rows = coverageByTechnology(mobile);
  const best = bestCoverage(rows);
  const level = (row: CoverageRow) => t(`public.here.mobile.level.${row.level}`);
  return {
    summary: best
      ? t('public.here.mobile.best', { technology: technologyName(best.technology), level: level(best) })
      : t('public.here.mobile.noneAtAll'),
    details: rows.map((row) =>
      t('public.here.mobile.row', { technology: technologyName(row.technology), level: level(row) }),
    ),
  };
}

/** Fibre at a spot: the zone's own status (or none), and the distance to fibre as the glossary defines it. */
export interface FibreAtSpot {
  status: 'deployed' | 'works' | 'studies' | 'planned' | 'none';
  zone: { name: string; status: string; plannedYear: number; deployedOn: string | null } | null;
  distanceM: number | null;
}

/** The fibre part of an answer of /api/here, with its distance to fibre. */
export const fibreAtSpot = (answer: {
  fibre: Omit<FibreAtSpot, 'distanceM'>;
  coverage: { distanceFibreM: number | null };
}): FibreAtSpot => ({ ...answer.fibre, distanceM: answer.coverage.distanceFibreM });

const plannedStages = new Set(['planned', 'studies', 'works']);

export function fibreWording(
  t: Translate,
  fibre: FibreAtSpot,
  formatDistance: (metres: number) => string,
  formatDate: (isoDate: string) => string,
): Wording {
  const { zone } = fibre;
  const nearest =
    fibre.distanceM === null
      ? t('public.here.fibre.nearestUnknown')
      : t('public.here.fibre.nearest', { distance: formatDistance(fibre.distanceM) });
  switch (fibre.status) {
    case 'deployed':
      return {
        summary: t('public.here.fibre.deployed'),
        details:
          zone?.deployedOn != null
            ? [t('public.here.fibre.deployedOn', { zone: zone.name, date: formatDate(zone.deployedOn) })]
            : [],
      };
    case 'planned':
    case 'studies':
    case 'works':
      return {
        summary: zone
          ? t('public.here.fibre.planned', { year: zone.plannedYear })
          : t('public.here.fibre.none'),
        details: [
          ...(zone && plannedStages.has(zone.status)
            ? [t(`public.here.fibre.plannedStage.${zone.status}`, { zone: zone.name })]
            : []),
          nearest,
        ],
      };
    case 'none':
      return { summary: t('public.here.fibre.none'), details: [nearest] };
  }
}

/** A school's connection (fibre, dsl, 4g, satellite, none) as a phrase. */
export function schoolConnectionWording(t: Translate, connection: string | null): string | null {
  const known = ['fibre', 'dsl', '4g', 'satellite', 'none'];
  return connection && known.includes(connection) ? t(`public.here.nearest.connection.${connection}`) : null;
}

/** Opening hours as the data gives them, with `24/7` said in words. */
export function openingHoursWording(t: Translate, hours: string | null): string | null {
  if (!hours?.trim()) return null;
  return hours.trim() === '24/7' ? t('public.hours.always') : hours.trim();
}
