// The commune indicators a planner can colour the map by (issue #3), read from
// GET /api/stats/communes: what each one is, how to print it, and which colour ramp it takes.
import type { CommuneFigures, Technology } from './planning-api.ts';

export const indicatorIds = [
  'fibre-share',
  '4g-share',
  'premises-passed',
  'po-boxes-per-1000',
  'wifi-active',
  'uncovered-population',
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

/** How a value reads: a share of 0..1 as a percentage, a count, or a rate with its decimals. */
export type ValueFormat = 'share' | 'count' | 'rate';

/** ColorBrewer's 5-class YlGnBu (more is better) and OrRd (more is worse). */
const MORE_IS_BETTER = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
const MORE_IS_WORSE = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;

export interface Indicator {
  id: IndicatorId;
  format: ValueFormat;
  ramp: readonly string[];
  /** The commune's value; some depend on the technology chosen for the gaps. */
  value: (figures: CommuneFigures, technology: Technology) => number;
}

/** The stats key of each technology's coverage. */
export const coverageKey = { fibre: 'fibre', '4g': 'g4', mobile: 'mobile' } as const satisfies Record<
  Technology,
  'fibre' | 'g4' | 'mobile'
>;

export const indicators: Record<IndicatorId, Indicator> = {
  'fibre-share': { id: 'fibre-share', format: 'share', ramp: MORE_IS_BETTER, value: (f) => f.fibre.share },
  '4g-share': { id: '4g-share', format: 'share', ramp: MORE_IS_BETTER, value: (f) => f.g4.share },
  'premises-passed': {
    id: 'premises-passed',
    format: 'count',
    ramp: MORE_IS_BETTER,
    value: (f) => f.premisesPassed,
  },
  'po-boxes-per-1000': {
    id: 'po-boxes-per-1000',
    format: 'rate',
    ramp: MORE_IS_BETTER,
    value: (f) => f.poBoxesPer1000,
  },
  'wifi-active': {
    id: 'wifi-active',
    format: 'count',
    ramp: MORE_IS_BETTER,
    value: (f) => f.wifiTerminalsActive,
  },
  'uncovered-population': {
    id: 'uncovered-population',
    format: 'count',
    ramp: MORE_IS_WORSE,
    // Both figures come from the API; their difference is as exact as they are.
    value: (f, technology) => f.population - f[coverageKey[technology]].covered,
  },
};

export const defaultIndicator: IndicatorId = 'fibre-share';
