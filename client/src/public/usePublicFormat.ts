// Distances, dates and counts for the public view, in the reader's language.
import { useMemo } from 'react';
import { intlLocale, useLanguage } from '../i18n.ts';
import { formatDistance } from './distance.ts';

export interface PublicFormat {
  distance: (metres: number) => string;
  /** A calendar date given as `YYYY-MM-DD`. */
  date: (isoDate: string) => string;
  /** An instant, to the minute: when saved results were fetched. */
  dateTime: (iso: string) => string;
  count: (value: number) => string;
}

export function usePublicFormat(): PublicFormat {
  const language = useLanguage();
  return useMemo(() => {
    const locale = intlLocale[language];
    // A date alone is a day in New Caledonia, not an instant: read it as UTC, print it as UTC.
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      distance: (metres) => formatDistance(metres, locale),
      date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      count: (value) => count.format(value),
    };
  }, [language]);
}
