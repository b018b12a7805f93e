// Class breaks for the commune choropleth: quantiles (about as many communes in each class), each
// bound rounded to two significant digits so the legend reads "12 000 – 35 000", not
// "11 873 – 34 912". When ties merge quantiles (26 communes without any fibre), round equal
// intervals instead (0 – 20 – 40 – 60 – 80 %): the legend says which method made the classes.

/** Sorted values' quantile at p (0..1), interpolating between neighbours (Hyndman & Fan type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

/** The value rounded to `digits` significant digits (0 stays 0). */
export function roundSignificant(value: number, digits = 2): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  // Dividing by a power of ten below 1 would add binary noise (0.07 * 100 = 7.000000000000001).
  return magnitude >= 1
    ? Math.round(value / magnitude) * magnitude
    : Math.round(value * (1 / magnitude)) / (1 / magnitude);
}

export type ClassMethod = 'quantile' | 'equal-interval';

export interface Classes {
  method: ClassMethod;
  /** Inner bounds, ascending and distinct: a value v is in class i when breaks[i-1] <= v < breaks[i]. */
  breaks: number[];
  min: number;
  max: number;
}

/** A round step near `raw`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return roundSignificant(step, 3);
}

/** Bounds above the minimum and at most the maximum, each once, in order. */
function usable(bounds: readonly number[], min: number, max: number): number[] {
  const kept: number[] = [];
  for (const bound of bounds) if (bound > min && bound <= max && bound !== kept.at(-1)) kept.push(bound);
  return kept;
}

/**
 * Up to `count` classes of `values`: by quantiles, bounds rounded; or, when ties leave fewer than
 * `count` quantile classes, by equal intervals of a round step. A bound at or below the smallest
 * value, or above the largest, would leave its class empty and is dropped.
 */
export function quantileClasses(values: readonly number[], count = 5): Classes | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted.at(-1);
  if (min === undefined || max === undefined) return null;
  const quantiles = usable(
    Array.from({ length: count - 1 }, (_, i) => roundSignificant(quantile(sorted, (i + 1) / count))),
    min,
    max,
  );
  if (quantiles.length === count - 1 || min === max)
    return { method: 'quantile', breaks: quantiles, min, max };
  const step = niceStep((max - min) / count);
  const start = Math.floor(min / step) * step;
  const intervals = usable(
    Array.from({ length: count - 1 }, (_, i) => roundSignificant(start + step * (i + 1), 6)),
    min,
    max,
  );
  return intervals.length > quantiles.length
    ? { method: 'equal-interval', breaks: intervals, min, max }
    : { method: 'quantile', breaks: quantiles, min, max };
}

/** The class a value falls in: how many bounds it reaches. */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= (breaks[index] as number)) index++;
  return index;
}

/** Each class as a range for the legend: from its lower bound (or the minimum) to the next bound (or the maximum). */
export function classRanges({ breaks, min, max }: Classes): { from: number; to: number }[] {
  const bounds = [min, ...breaks, max];
  return bounds.slice(0, -1).map((from, index) => ({ from, to: bounds[index + 1] as number }));
}

/** `count` colours spread over a ramp, ends included (two classes get its lightest and darkest). */
export function rampColors(ramp: readonly string[], count: number): string[] {
  if (count <= 1) return [ramp[Math.floor(ramp.length / 2)] ?? '#888888'];
  return Array.from(
    { length: count },
    (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))] ?? '#888888',
  );
}
