// Numbers as the API gives them, printed for the reader's language (issue #3: they end up in
// reports to elected officials): counts grouped, shares as percentages with one decimal,
// distances in kilometres, areas in square kilometres.
import { useMemo } from 'react';
import { intlLocale, useLanguage } from '../i18n.ts';
import type { ValueFormat } from './indicators.ts';

export interface Formatters {
  count: (value: number) => string;
  /** A share of 0..1 as a percentage with one decimal: 0.5129 → 51,3 %. */
  share: (value: number) => string;
  /** Metres as kilometres with one decimal. */
  km: (metres: number) => string;
  km2: (value: number) => string;
  /** A rate such as PO boxes per 1,000 inhabitants, with the decimal it comes with. */
  rate: (value: number) => string;
  /** An indicator's value in its own format. */
  value: (value: number, format: ValueFormat) => string;
}

export function formatters(locale: string): Formatters {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Areas come to the square metre (three decimals of km²): all of them are printed.
  const area = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const self: Formatters = {
    count: (value) => count.format(value),
    share: (value) => share.format(value),
    km: (metres) => `${oneDecimal.format(metres / 1000)} km`,
    km2: (value) => `${area.format(value)} km²`,
    rate: (value) => rate.format(value),
    value: (value, format) =>
      format === 'share' ? self.share(value) : format === 'rate' ? self.rate(value) : self.count(value),
  };
  return self;
}

export function useFormatters(): Formatters {
  const language = useLanguage();
  return useMemo(() => formatters(intlLocale[language]), [language]);
}
