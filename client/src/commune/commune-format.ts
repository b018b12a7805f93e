// Dates and day counts of a commune's projects, printed for the reader's language. Calendar days
// have no time zone: they are read and printed in UTC so that none shifts by a day.
import { useMemo } from 'react';
import { intlLocale, useLanguage } from '../i18n.ts';
import type { Day } from './commune-api.ts';

export interface CommuneFormatters {
  /** 2026-02-05 → "5 févr. 2026". */
  day: (day: Day) => string;
  /** 2026-06-30 → "30 juin 2026" / "30 June 2026": a date standing alone, in a sentence. */
  longDay: (day: Day) => string;
  /** Two days as one range: "5 févr. – 4 juil. 2026". */
  period: (from: Day, to: Day) => string;
  /** A slip in days with its sign: "+45", "−3", "0". */
  signed: (days: number) => string;
  count: (value: number) => string;
}

const asDate = (day: Day) => new Date(`${day}T00:00:00Z`);

export function communeFormatters(locale: string): CommuneFormatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    day: (day) => date.format(asDate(day)),
    longDay: (day) => longDate.format(asDate(day)),
    period: (from, to) => date.formatRange(asDate(from), asDate(to)),
    signed: (days) => signed.format(days),
    count: (value) => count.format(value),
  };
}

export function useCommuneFormat(): CommuneFormatters {
  const language = useLanguage();
  return useMemo(() => communeFormatters(intlLocale[language]), [language]);
}
