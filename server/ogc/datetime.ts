// The `datetime` parameter (OGC API Features Part 1, /req/core/fc-time-definition): an instant
// or an interval `start/end` with `..` (or nothing) for an open end, each a date or an RFC 3339
// date-time. Our temporal attributes are dates, so each end is read as its (UTC) day.
import { badParameter } from './exceptions.ts';

export interface DayInterval {
  /** `yyyy-mm-dd`, inclusive; absent when open. */
  from?: string;
  to?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const EXPECTED =
  'expected a date or RFC 3339 date-time, or an interval start/end with .. for an open end (e.g. 2020-01-01/.., 2021-06-30T12:00:00Z)';

function day(text: string): string {
  const date = DATE.exec(text);
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    const parsed = new Date(Date.UTC(y, m - 1, d));
    if (parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d)
      return text;
  } else if (DATE_TIME.test(text)) {
    const parsed = new Date(text);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  }
  throw badParameter('datetime', `${JSON.stringify(text.slice(0, 40))} is not a valid date; ${EXPECTED}`);
}

export function parseDatetime(raw: string): DayInterval {
  const parts = raw.split('/');
  if (parts.length > 2 || raw.length > 100) throw badParameter('datetime', EXPECTED);
  if (parts.length === 1) {
    if (raw === '..' || raw === '') throw badParameter('datetime', EXPECTED);
    const instant = day(raw);
    return { from: instant, to: instant };
  }
  const [start = '', end = ''] = parts;
  const open = (text: string) => text === '' || text === '..';
  if (open(start) && open(end)) throw badParameter('datetime', `both ends are open; ${EXPECTED}`);
  const interval: DayInterval = {
    ...(open(start) ? {} : { from: day(start) }),
    ...(open(end) ? {} : { to: day(end) }),
  };
  if (interval.from && interval.to && interval.from > interval.to)
    throw badParameter('datetime', `the interval starts (${start}) after it ends (${end})`);
  return interval;
}
