import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classOf,
  classRanges,
  niceStep,
  quantile,
  quantileClasses,
  rampColors,
  roundSignificant,
} from './class-breaks.ts';

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    assert.equal(quantile([0, 10], 0.5), 5);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.2), 1.8);
    assert.equal(quantile([7], 0.8), 7);
  });

  it('refuses no values', () => {
    assert.throws(() => quantile([], 0.5), RangeError);
  });
});

describe('roundSignificant', () => {
  for (const [value, rounded] of [
    [11_873, 12_000],
    [34_912, 35_000],
    [0.07345, 0.073],
    [0.5129, 0.51],
    [116.7, 120],
    [0, 0],
    [-1_234, -1_200],
  ] as const) {
    it(`rounds ${value} to ${rounded}`, () => assert.equal(roundSignificant(value), rounded));
  }
});

describe('quantileClasses', () => {
  it('makes five classes of ten spread values, bounds rounded', () => {
    const values = [120, 250, 380, 410, 560, 690, 730, 880, 910, 1_040];
    assert.deepEqual(quantileClasses(values), {
      method: 'quantile',
      breaks: [350, 500, 710, 890],
      min: 120,
      max: 1_040,
    });
  });

  it('turns to round equal intervals when ties merge quantiles: many communes without fibre', () => {
    const shares = [0, 0, 0, 0, 0, 0, 0.1, 0.4, 0.6, 0.927];
    assert.deepEqual(quantileClasses(shares), {
      method: 'equal-interval',
      breaks: [0.2, 0.4, 0.6, 0.8],
      min: 0,
      max: 0.927,
    });
  });

  it('makes equal intervals even when one commune stands far above the rest', () => {
    // The middle classes stay empty: the legend shows it, rather than bounds that mean nothing.
    const counts = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1_000];
    const classes = quantileClasses(counts);
    assert.equal(classes?.method, 'equal-interval');
    assert.deepEqual(classes?.breaks, [200, 400, 600, 800]);
  });

  it('has no bound for a single value, and nothing for no values', () => {
    assert.deepEqual(quantileClasses([42]), { method: 'quantile', breaks: [], min: 42, max: 42 });
    assert.equal(quantileClasses([]), null);
    assert.equal(quantileClasses([Number.NaN]), null);
  });
});

describe('niceStep', () => {
  for (const [raw, step] of [
    [0.185, 0.2],
    [1_854, 2_000],
    [23, 25],
    [4.2, 5],
    [7, 10],
    [0, 1],
  ] as const) {
    it(`rounds a step of ${raw} up to ${step}`, () => assert.equal(niceStep(raw), step));
  }
});

describe('classOf', () => {
  const breaks = [10, 20, 30];
  for (const [value, index] of [
    [-5, 0],
    [9.99, 0],
    [10, 1],
    [25, 2],
    [30, 3],
    [1e9, 3],
  ] as const) {
    it(`puts ${value} in class ${index}`, () => assert.equal(classOf(value, breaks), index));
  }
});

describe('classRanges', () => {
  it('runs from the minimum through each bound to the maximum', () => {
    assert.deepEqual(classRanges({ method: 'quantile', breaks: [10, 20], min: 1, max: 35 }), [
      { from: 1, to: 10 },
      { from: 10, to: 20 },
      { from: 20, to: 35 },
    ]);
  });
});

describe('rampColors', () => {
  const ramp = ['a', 'b', 'c', 'd', 'e'];
  it('spreads fewer classes over the whole ramp', () => {
    assert.deepEqual(rampColors(ramp, 5), ramp);
    assert.deepEqual(rampColors(ramp, 3), ['a', 'c', 'e']);
    assert.deepEqual(rampColors(ramp, 2), ['a', 'e']);
    assert.deepEqual(rampColors(ramp, 1), ['c']);
  });
});
