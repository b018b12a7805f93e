import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slipSummary } from './project-words.ts';

const dates = { plannedStart: '2026-02-05', plannedEnd: '2026-10-22' };
const onTime = { startSlip: null, endSlip: null, lateUntil: null, progress: 'ongoing' as const };

describe('slipSummary', () => {
  it('says nothing of a project on time', () => {
    assert.equal(slipSummary(dates, onTime), null);
    assert.equal(slipSummary(dates, { ...onTime, startSlip: { days: 0, ongoing: false } }), null);
  });

  it('sums up works past their planned end by the days so far', () => {
    const schedule = {
      ...onTime,
      startSlip: { days: 3, ongoing: false },
      endSlip: { days: 31, ongoing: true },
    };
    assert.deepEqual(slipSummary(dates, schedule), {
      case: 'end-ongoing',
      days: 31,
      from: '2026-10-22',
      late: true,
    });
  });

  it('tells a finish late from a finish early', () => {
    assert.deepEqual(slipSummary(dates, { ...onTime, endSlip: { days: 45, ongoing: false } }), {
      case: 'end-late',
      days: 45,
      from: '2026-10-22',
      late: true,
    });
    assert.deepEqual(slipSummary(dates, { ...onTime, endSlip: { days: -9, ongoing: false } }), {
      case: 'end-early',
      days: 9,
      from: '2026-10-22',
      late: false,
    });
  });

  it('falls back on a late start while the end is still ahead', () => {
    assert.deepEqual(slipSummary(dates, { ...onTime, startSlip: { days: 24, ongoing: false } }), {
      case: 'start-late',
      days: 24,
      from: '2026-02-05',
      late: true,
    });
    assert.deepEqual(slipSummary(dates, { ...onTime, startSlip: { days: 21, ongoing: true } }), {
      case: 'start-ongoing',
      days: 21,
      from: '2026-02-05',
      late: true,
    });
  });
});
