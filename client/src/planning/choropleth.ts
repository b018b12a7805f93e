// The commune choropleth as data: each commune's class and colour for an indicator, and the
// MapLibre `match` expression keyed by INSEE code that paints them (communes without figures grey).
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { classOf, classRanges, quantileClasses, rampColors, type ClassMethod } from './class-breaks.ts';
import type { Indicator } from './indicators.ts';
import type { CommuneFigures, Technology } from './planning-api.ts';

export const NO_DATA_COLOR = '#d1d5db';

export interface ChoroplethClass {
  from: number;
  to: number;
  color: string;
  /** How many communes fall in it. */
  communes: number;
}

export interface Choropleth {
  method: ClassMethod;
  classes: ChoroplethClass[];
  /** INSEE code → the commune's value. */
  values: Map<string, number>;
  fillColor: ExpressionSpecification | string;
}

export function choropleth(
  communes: readonly CommuneFigures[],
  indicator: Indicator,
  technology: Technology,
): Choropleth {
  const values = new Map(communes.map((commune) => [commune.insee, indicator.value(commune, technology)]));
  const found = quantileClasses([...values.values()]);
  if (!found) return { method: 'quantile', classes: [], values, fillColor: NO_DATA_COLOR };
  const ranges = classRanges(found);
  const colors = rampColors(indicator.ramp, ranges.length);
  const counts = ranges.map(() => 0);
  const pairs: [string, string][] = [];
  for (const [insee, value] of values) {
    const index = classOf(value, found.breaks);
    counts[index] = (counts[index] ?? 0) + 1;
    pairs.push([insee, colors[index] ?? NO_DATA_COLOR]);
  }
  const classes = ranges.map((range, index) => ({
    ...range,
    color: colors[index] ?? NO_DATA_COLOR,
    communes: counts[index] ?? 0,
  }));
  const [first, ...others] = pairs;
  const fillColor: ExpressionSpecification | string = first
    ? ['match', ['get', 'insee'], first[0], first[1], ...others.flat(), NO_DATA_COLOR]
    : NO_DATA_COLOR;
  return { method: found.method, classes, values, fillColor };
}
