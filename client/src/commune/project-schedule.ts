// Where a project stands against its plan (issue #4): how many days its start and end slipped,
// and the time scale of the commune's timeline. The API gives the slip of what has happened
// (actual − planned) and where each project stands (`progress`, computed in SQL against the data's
// as-of date); an unfinished project past a planned date is late by the days since, counted to
// `asOf`, the date the data stands at (GET /api/config), not the real current date.
import type { Day, ProjectProgress, ProjectProperties, ProjectStatus } from './commune-api.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day, which has no time zone. */
export const dayNumber = (day: Day): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (number: number): Day => new Date(number * DAY_MS).toISOString().slice(0, 10);

/** Today's date in New Caledonia, where the works are: the report's printing date, not the as-of date. */
export function todayInNewCaledonia(now = new Date()): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Noumea' }).format(now);
}

export interface Slip {
  /** Days behind the plan (negative: ahead of it). */
  days: number;
  /** True when counted to the as-of date: the project had not started (or ended) by then. */
  ongoing: boolean;
}

/** Where a project stands: still to come, under way, late, done or cancelled (the server says which). */
export type Progress = ProjectProgress;
export const progressOrder: readonly Progress[] = ['upcoming', 'ongoing', 'late', 'done', 'cancelled'];

export interface Schedule {
  startSlip: Slip | null;
  endSlip: Slip | null;
  /** The last day of the late part drawn after the planned end: actual end, or the as-of date; null when on time. */
  lateUntil: Day | null;
  progress: Progress;
}

const closed = (status: ProjectStatus) => status === 'done' || status === 'cancelled';

type Dates = Pick<
  ProjectProperties,
  | 'status'
  | 'progress'
  | 'plannedStart'
  | 'plannedEnd'
  | 'actualStart'
  | 'actualEnd'
  | 'startSlipDays'
  | 'endSlipDays'
>;

function slip(
  recorded: number | null,
  planned: Day,
  actual: Day | null,
  open: boolean,
  asOf: Day,
): Slip | null {
  if (recorded !== null) return { days: recorded, ongoing: false };
  if (!open || actual !== null) return null;
  const days = dayNumber(asOf) - dayNumber(planned);
  return days > 0 ? { days, ongoing: true } : null;
}

/** The slips and the late part of a project, counted to `asOf`; where it stands, as the API says. */
export function scheduleOf(project: Dates, asOf: Day): Schedule {
  const open = !closed(project.status);
  const startSlip = slip(project.startSlipDays, project.plannedStart, project.actualStart, open, asOf);
  const endSlip = slip(project.endSlipDays, project.plannedEnd, project.actualEnd, open, asOf);
  const lateEnd = endSlip !== null && endSlip.days > 0;
  const lateUntil = lateEnd ? (project.actualEnd ?? asOf) : null;
  return { startSlip, endSlip, lateUntil, progress: project.progress };
}

/** How many projects stand at each stage, every stage listed. */
export function progressCounts(projects: readonly Pick<Dates, 'progress'>[]): Record<Progress, number> {
  const counts: Record<Progress, number> = { upcoming: 0, ongoing: 0, late: 0, done: 0, cancelled: 0 };
  for (const project of projects) counts[project.progress] += 1;
  return counts;
}

export interface Tick {
  day: Day;
  /** The first of January: labelled with its year. */
  year: number | null;
}

export interface TimeScale {
  start: Day;
  /** The first day after the span. */
  end: Day;
  /** Where a day's start lies across the span, from 0 to 1. */
  at: (day: Day) => number;
  /** The first day of each quarter within the span. */
  ticks: Tick[];
}

/** The span of every date given (and the as-of date), widened to whole quarters. */
export function timeScale(days: readonly Day[], asOf: Day): TimeScale {
  const all = [...days, asOf].map(dayNumber);
  const first = new Date(Math.min(...all) * DAY_MS);
  const last = new Date(Math.max(...all) * DAY_MS);
  const quarterStart = (date: Date, offset: number) =>
    Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3 + offset, 1) / DAY_MS;
  const start = quarterStart(first, 0);
  const end = quarterStart(last, 3);
  const ticks: Tick[] = [];
  for (let month = 0; ; month += 3) {
    const day = Date.UTC(first.getUTCFullYear(), Math.floor(first.getUTCMonth() / 3) * 3 + month, 1) / DAY_MS;
    if (day >= end) break;
    const date = new Date(day * DAY_MS);
    ticks.push({ day: dayOf(day), year: date.getUTCMonth() === 0 ? date.getUTCFullYear() : null });
  }
  return {
    start: dayOf(start),
    end: dayOf(end),
    at: (day) => (dayNumber(day) - start) / (end - start),
    ticks,
  };
}

/** A bar from the start of `from` to the end of `to` (both days included), as fractions of the span. */
export function barExtent(scale: TimeScale, from: Day, to: Day): { left: number; width: number } {
  const left = scale.at(from);
  const right = scale.at(dayOf(dayNumber(to) + 1));
  return { left, width: Math.max(right - left, 0) };
}
