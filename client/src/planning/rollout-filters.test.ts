import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
  clampYear,
  deployedBy,
  deployedUpTo,
  notDeployedBy,
  plannedUpTo,
  yearRange,
} from './rollout-filters.ts';

/** Evaluates a filter on a feature's properties with MapLibre's own expression engine. */
function matches(filter: unknown, properties: Record<string, unknown>): boolean {
  const compiled = createExpression(filter, {
    type: 'boolean',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 10 }, { type: 'Polygon', properties } as never) as boolean;
}

const deployed2019 = { status: 'deployed', plannedYear: 2019, deployedOn: '2019-12-31' };
const deployed2020 = { status: 'deployed', plannedYear: 2019, deployedOn: '2020-01-01' };
const planned = { status: 'works', plannedYear: 2026, deployedOn: null };

describe('deployedBy', () => {
  it('counts a zone deployed on 31 December as deployed that year', () => {
    assert.equal(matches(deployedBy(2019), deployed2019), true);
    assert.equal(matches(deployedBy(2018), deployed2019), false);
  });

  it('counts a zone deployed on 1 January only from that year', () => {
    assert.equal(matches(deployedBy(2019), deployed2020), false);
    assert.equal(matches(deployedBy(2020), deployed2020), true);
  });

  it('never counts a zone without a deployment date', () => {
    assert.equal(matches(deployedBy(2040), planned), false);
    assert.equal(matches(notDeployedBy(2040), planned), true);
  });
});

describe('yearRange and clampYear', () => {
  it('spans the series and keeps the year inside it', () => {
    const range = yearRange([2015, 2016, 2030]);
    assert.deepEqual(range, { min: 2015, max: 2030 });
    assert.equal(clampYear(null, range, 2026), 2026);
    assert.equal(clampYear(2050, range), 2030);
    assert.equal(clampYear(1990, range), 2015);
  });

  it('offers the current year alone when there is no series', () => {
    assert.deepEqual(yearRange([], 2026), { min: 2026, max: 2026 });
  });
});

describe('deployedUpTo', () => {
  const yearly = [
    { year: 2015, deployedPremises: 100 },
    { year: 2016, deployedPremises: 50 },
    { year: 2017, deployedPremises: 0 },
  ];
  it('adds the years up to and including the one asked', () => {
    assert.equal(deployedUpTo(yearly, 2014), 0);
    assert.equal(deployedUpTo(yearly, 2016), 150);
    assert.equal(deployedUpTo(yearly, 2030), 150);
  });
});

describe('plannedUpTo', () => {
  const yearly = [
    { year: 2025, plannedPremises: 300 },
    { year: 2027, plannedPremises: 200 },
    { year: 2029, plannedPremises: 10 },
  ];
  it('adds the zones planned for the years up to and including the one asked, deployed or not', () => {
    assert.equal(plannedUpTo(yearly, 2024), 0);
    assert.equal(plannedUpTo(yearly, 2027), 500);
    assert.equal(plannedUpTo(yearly, 2028), 500);
  });
});
