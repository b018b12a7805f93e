import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rolloutTotals, rolloutYears, tallestBar } from './rollout-figures.ts';

// As of 2026-06-30: half of 2024's plan deployed (150 that year, 50 the next), the rest overdue;
// a third of 2026's deployed so far; 2028's not yet.
const yearly = [
  { year: 2023, plannedPremises: 0, deployedPremises: 0, overduePremises: 0 },
  { year: 2024, plannedPremises: 400, deployedPremises: 150, overduePremises: 200 },
  { year: 2025, plannedPremises: 0, deployedPremises: 50, overduePremises: 0 },
  { year: 2026, plannedPremises: 300, deployedPremises: 100, overduePremises: 0 },
  { year: 2028, plannedPremises: 250, deployedPremises: 0, overduePremises: 0 },
];

describe('rolloutYears', () => {
  it('keeps the years where something was planned, deployed or is overdue', () => {
    assert.deepEqual(
      rolloutYears(yearly).map((entry) => entry.year),
      [2024, 2025, 2026, 2028],
    );
  });
});

describe('rolloutTotals', () => {
  it('compares planned with deployed rather than adding them', () => {
    assert.deepEqual(rolloutTotals(yearly), { planned: 950, deployed: 300, overdue: 200, notDeployed: 650 });
  });

  it('never counts less than nothing still to deploy', () => {
    const ahead = [{ year: 2024, plannedPremises: 100, deployedPremises: 120, overduePremises: 0 }];
    assert.equal(rolloutTotals(ahead).notDeployed, 0);
  });
});

describe('tallestBar', () => {
  it('is the taller of planned and deployed + overdue over every year', () => {
    assert.equal(tallestBar(yearly), 400);
    assert.equal(
      tallestBar([{ year: 2024, plannedPremises: 100, deployedPremises: 90, overduePremises: 30 }]),
      120,
    );
    assert.equal(tallestBar([]), 0);
  });
});
