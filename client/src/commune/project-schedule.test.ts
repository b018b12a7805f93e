import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectProperties } from './commune-api.ts';
import { barExtent, progressCounts, scheduleOf, timeScale, todayInNewCaledonia } from './project-schedule.ts';

type Dates = Parameters<typeof scheduleOf>[0];
/** The date the data stands at (GET /api/config asOf): slips are counted to it. */
const AS_OF = '2026-11-22';
const planned = (change: Partial<ProjectProperties> = {}): Dates => ({
  status: 'planned',
  progress: 'upcoming',
  plannedStart: '2027-02-06',
  plannedEnd: '2027-03-29',
  actualStart: null,
  actualEnd: null,
  startSlipDays: null,
  endSlipDays: null,
  ...change,
});

describe('scheduleOf', () => {
  it('sees nothing late in a project still to come', () => {
    assert.deepEqual(scheduleOf(planned(), AS_OF), {
      startSlip: null,
      endSlip: null,
      lateUntil: null,
      progress: 'upcoming',
    });
  });

  it('takes the slips the API recorded for a project done late', () => {
    const done = planned({
      status: 'done',
      progress: 'done',
      plannedStart: '2025-01-10',
      plannedEnd: '2025-03-01',
      actualStart: '2025-01-20',
      actualEnd: '2025-04-15',
      startSlipDays: 10,
      endSlipDays: 45,
    });
    assert.deepEqual(scheduleOf(done, AS_OF), {
      startSlip: { days: 10, ongoing: false },
      endSlip: { days: 45, ongoing: false },
      lateUntil: '2025-04-15',
      progress: 'done',
    });
  });

  it('counts a project done early as ahead, not late', () => {
    const early = planned({
      status: 'done',
      progress: 'done',
      plannedStart: '2025-01-10',
      plannedEnd: '2025-03-01',
      actualStart: '2025-01-10',
      actualEnd: '2025-02-20',
      startSlipDays: 0,
      endSlipDays: -9,
    });
    const schedule = scheduleOf(early, AS_OF);
    assert.deepEqual(schedule.endSlip, { days: -9, ongoing: false });
    assert.equal(schedule.lateUntil, null);
  });

  it('counts the days since the planned end of works not finished, to the as-of date', () => {
    const works = planned({
      status: 'works',
      progress: 'late',
      plannedStart: '2026-02-05',
      plannedEnd: '2026-10-22',
      actualStart: '2026-02-08',
      startSlipDays: 3,
    });
    assert.deepEqual(scheduleOf(works, AS_OF), {
      startSlip: { days: 3, ongoing: false },
      endSlip: { days: 31, ongoing: true },
      lateUntil: AS_OF,
      progress: 'late',
    });
  });

  it('counts nothing late in works until their planned end has passed', () => {
    const works = planned({
      status: 'works',
      progress: 'ongoing',
      plannedStart: '2026-10-01',
      actualStart: '2026-10-01',
    });
    assert.equal(scheduleOf(works, AS_OF).progress, 'ongoing');
    assert.equal(scheduleOf(works, AS_OF).endSlip, null);
    assert.equal(scheduleOf(works, AS_OF).lateUntil, null);
  });

  it('counts the days since the planned start of a project that has not started', () => {
    const notStarted = planned({
      status: 'studies',
      progress: 'late',
      plannedStart: '2026-11-01',
      plannedEnd: '2027-01-31',
    });
    const schedule = scheduleOf(notStarted, AS_OF);
    assert.deepEqual(schedule.startSlip, { days: 21, ongoing: true });
    assert.equal(schedule.endSlip, null);
    assert.equal(schedule.progress, 'late');
  });

  it('counts slips to the as-of date, not to the real date', () => {
    const works = planned({
      status: 'works',
      progress: 'late',
      plannedStart: '2026-02-05',
      plannedEnd: '2026-06-20',
      actualStart: '2026-02-05',
      startSlipDays: 0,
    });
    const schedule = scheduleOf(works, '2026-06-30');
    assert.deepEqual(schedule.endSlip, { days: 10, ongoing: true });
    assert.equal(schedule.lateUntil, '2026-06-30');
  });

  it('takes where a project stands from the API, which computes it against the as-of date', () => {
    // Its planned start is past, but the server says it is still to come: the client does not second-guess it.
    const notStarted = planned({ status: 'studies', progress: 'upcoming', plannedStart: '2026-11-01' });
    assert.equal(scheduleOf(notStarted, AS_OF).progress, 'upcoming');
    assert.equal(scheduleOf(planned({ status: 'delayed', progress: 'late' }), AS_OF).progress, 'late');
  });

  it('never counts a cancelled project late', () => {
    const cancelled = planned({
      status: 'cancelled',
      progress: 'cancelled',
      plannedStart: '2025-01-01',
      plannedEnd: '2025-06-30',
    });
    assert.deepEqual(scheduleOf(cancelled, AS_OF), {
      startSlip: null,
      endSlip: null,
      lateUntil: null,
      progress: 'cancelled',
    });
  });
});

describe('progressCounts', () => {
  it('lists every stage, with zero where no project stands', () => {
    assert.deepEqual(progressCounts([]), { upcoming: 0, ongoing: 0, late: 0, done: 0, cancelled: 0 });
  });

  it('counts each project once, where the API says it stands', () => {
    const projects = [
      planned(),
      planned(),
      planned({ status: 'delayed', progress: 'late' }),
      planned({ status: 'done', progress: 'done' }),
    ];
    assert.deepEqual(progressCounts(projects), {
      upcoming: 2,
      ongoing: 0,
      late: 1,
      done: 1,
      cancelled: 0,
    });
  });
});

describe('timeScale', () => {
  it('spans whole quarters around every date and the as-of date', () => {
    const scale = timeScale(['2026-02-05', '2027-03-29'], '2026-11-22');
    assert.equal(scale.start, '2026-01-01');
    assert.equal(scale.end, '2027-04-01');
    assert.deepEqual(
      scale.ticks.map((tick) => [tick.day, tick.year]),
      [
        ['2026-01-01', 2026],
        ['2026-04-01', null],
        ['2026-07-01', null],
        ['2026-10-01', null],
        ['2027-01-01', 2027],
      ],
    );
  });

  it('reaches the as-of date when every project is behind it', () => {
    const scale = timeScale(['2024-01-03', '2024-05-30'], '2026-11-22');
    assert.equal(scale.end, '2027-01-01');
    assert.ok(scale.at('2026-11-22') < 1);
  });

  it('places days along the span, from 0 at its start to 1 at its end', () => {
    const scale = timeScale(['2026-01-01', '2026-12-31'], '2026-06-30');
    assert.equal(scale.at('2026-01-01'), 0);
    assert.equal(scale.at('2027-01-01'), 1);
    assert.equal(scale.at('2026-07-02'), 182 / 365);
  });
});

describe('barExtent', () => {
  it('covers both days it is given', () => {
    const scale = timeScale(['2026-01-01', '2026-12-31'], '2026-06-30');
    assert.deepEqual(barExtent(scale, '2026-01-01', '2026-12-31'), { left: 0, width: 1 });
    assert.deepEqual(barExtent(scale, '2026-01-01', '2026-01-01'), { left: 0, width: 1 / 365 });
  });
});

describe('todayInNewCaledonia', () => {
  it('is already tomorrow in Nouméa (UTC+11) late in the UTC day', () => {
    assert.equal(todayInNewCaledonia(new Date('2026-06-30T14:00:00Z')), '2026-07-01');
    assert.equal(todayInNewCaledonia(new Date('2026-06-30T12:00:00Z')), '2026-06-30');
  });
});
