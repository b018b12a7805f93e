// The Planning view's share of the URL hash (issue #3), next to the map's own state:
// `view=planning&indicator=4g-share&tech=mobile&commune=98818&year=2020&wz=1&rollout=0&place=school-12`.
// What the URL does not say stays null, and the view falls back to its defaults.
import { indicatorIds, type IndicatorId } from './indicators.ts';
import { technologies, type Technology } from './planning-api.ts';

export interface PlanningUrlState {
  indicator: IndicatorId | null;
  technology: Technology | null;
  /** INSEE code of the commune the gaps are narrowed to; null for the whole territory. */
  commune: string | null;
  year: number | null;
  whiteZones: boolean | null;
  rollout: boolean | null;
  /** The selected uncovered place, `settlement-47` or `school-12`. */
  place: string | null;
}

export const noPlanningState: PlanningUrlState = {
  indicator: null,
  technology: null,
  commune: null,
  year: null,
  whiteZones: null,
  rollout: null,
  place: null,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((known) => known === value) ?? null;

const flag = (value: string | null) => (value === '1' ? true : value === '0' ? false : null);

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

export function parsePlanningHash(hash: URLSearchParams): PlanningUrlState {
  const commune = hash.get('commune');
  const place = hash.get('place');
  return {
    indicator: oneOf(indicatorIds, hash.get('indicator')),
    technology: oneOf(technologies, hash.get('tech')),
    commune: commune !== null && /^988\d{2}$/.test(commune) ? commune : null,
    year: parseYear(hash.get('year')),
    whiteZones: flag(hash.get('wz')),
    rollout: flag(hash.get('rollout')),
    place: place !== null && /^(settlement|school)-\d+$/.test(place) ? place : null,
  };
}

/** `key=value` parts for what the state says, in a fixed order; nothing for what it leaves null. */
export function planningHashParts(state: PlanningUrlState): string[] {
  const parts: [string, string | null][] = [
    ['indicator', state.indicator],
    ['tech', state.technology],
    ['commune', state.commune],
    ['year', state.year === null ? null : String(state.year)],
    ['wz', state.whiteZones === null ? null : state.whiteZones ? '1' : '0'],
    ['rollout', state.rollout === null ? null : state.rollout ? '1' : '0'],
    ['place', state.place],
  ];
  return parts.filter((part): part is [string, string] => part[1] !== null).map(([k, v]) => `${k}=${v}`);
}
