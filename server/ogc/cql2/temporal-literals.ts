// The instants of Basic CQL2 (OGC 21-065 clause 6.3): DATE('yyyy-mm-dd') and
// TIMESTAMP('yyyy-mm-ddThh:mm:ss[.fff]Z'), RFC 3339 full-date and date-time in UTC, checked here
// so that an impossible date is a 400 with its position rather than a database error.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?[Zz]$/;

function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why `value` is not a date literal, or undefined. */
export function dateProblem(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match || !realDay(Number(match[1]), Number(match[2]), Number(match[3])))
    return `'${value}' is not a date (yyyy-mm-dd)`;
  return undefined;
}

/** Why `value` is not a timestamp literal, or undefined. */
export function timestampProblem(value: string): string | undefined {
  const match = TIMESTAMP.exec(value);
  const fine =
    match &&
    realDay(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    Number(match[6]) < 61;
  return fine ? undefined : `'${value}' is not a UTC timestamp (yyyy-mm-ddThh:mm:ssZ)`;
}
