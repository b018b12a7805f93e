// The fibre rollout as it stood at the end of a year (issue #3), as MapLibre filters on the
// fibre-zones attributes: a zone counts as deployed when its `deployedOn` date is on or before
// 31 December of that year; every other zone is drawn as planned, whatever its status today.
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';

/** ISO dates compare as text; a zone never deployed has no date (null) and never matches. */
export function deployedBy(year: number): FilterSpecification {
  return [
    'all',
    ['==', ['typeof', ['get', 'deployedOn']], 'string'],
    ['<=', ['to-string', ['get', 'deployedOn']], `${year}-12-31`],
  ];
}

export function notDeployedBy(year: number): FilterSpecification {
  return ['!', deployedBy(year)] as FilterSpecification;
}

/** The rollout years the slider offers: those of the yearly series, else the current year alone. */
export function yearRange(
  years: readonly number[],
  today = new Date().getFullYear(),
): { min: number; max: number } {
  if (years.length === 0) return { min: today, max: today };
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** The year shown when the URL names none, or names one outside the series: this year, within it. */
export function clampYear(
  year: number | null,
  { min, max }: { min: number; max: number },
  today = new Date().getFullYear(),
) {
  return Math.min(max, Math.max(min, year ?? today));
}

/** Premises deployed from the start of the series to the end of `year`: the sum of the API's yearly figures. */
export function deployedUpTo(
  yearly: readonly { year: number; deployedPremises: number }[],
  year: number,
): number {
  return yearly.filter((entry) => entry.year <= year).reduce((sum, entry) => sum + entry.deployedPremises, 0);
}

/** The premises of every zone planned for `year` or before, deployed or not: the plan's target by then. */
export function plannedUpTo(
  yearly: readonly { year: number; plannedPremises: number }[],
  year: number,
): number {
  return yearly.filter((entry) => entry.year <= year).reduce((sum, entry) => sum + entry.plannedPremises, 0);
}
