// Seeded randomness for the sample generator: the same seed gives the same sample on every run
// and machine. Only seedrandom's ARC4 stream and plain arithmetic are used, nothing that
// depends on the platform (no Math.random, no Date.now).
import seedrandom from 'seedrandom';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  uniform(min: number, max: number): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /**
   * Bell-shaped around mean with the given standard deviation, bounded to mean ± 2√3·sd
   * (Irwin–Hall sum of four uniforms): no wild outliers in generated attributes.
   */
  normal(mean: number, sd: number): number;
  shuffle<T>(items: readonly T[]): T[];
  /** A calendar day 'YYYY-MM-DD' between two days, both included. */
  isoDate(from: string, to: string): string;
  /** An independent stream for one part of the pipeline, so layers do not perturb each other. */
  fork(label: string): Random;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  // The round trip rejects days the parser would roll over, such as '2024-02-30'.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`isoDate: expected 'YYYY-MM-DD', got '${iso}'`);
  }
  return ms / DAY_MS;
}

export function createRandom(seed: string): Random {
  const prng = seedrandom(seed);
  const next = () => prng();
  const random: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new Error(`int: expected integers min <= max, got ${min}, ${max}`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: expected a non-empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + Math.max(0, w), 0);
      if (!(total > 0)) throw new Error('weighted: expected at least one positive weight');
      let r = next() * total;
      for (const [item, w] of items) {
        r -= Math.max(0, w);
        if (r < 0) return item;
      }
      // Rounding can leave r at 0 after the last item: the last weighted item wins.
      return [...items].reverse().find(([, w]) => w > 0)![0];
    },
    normal: (mean, sd) => {
      const sum = next() + next() + next() + next();
      // Sum of four uniforms has mean 2 and variance 1/3.
      return mean + sd * (sum - 2) * Math.sqrt(3);
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    isoDate: (from, to) => {
      const a = dayNumber(from);
      const b = dayNumber(to);
      if (b < a) throw new Error(`isoDate: '${to}' is before '${from}'`);
      const day = a + Math.floor(next() * (b - a + 1));
      return new Date(day * DAY_MS).toISOString().slice(0, 10);
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
  return random;
}
