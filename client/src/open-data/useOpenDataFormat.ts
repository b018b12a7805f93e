// Counts, dates and file sizes of the open data page, printed for the reader's language.
import { useMemo } from 'react';
import { communeFormatters } from '../commune/commune-format.ts';
import { fileSizeFormatter } from '../format/file-size.ts';
import { intlLocale, useLanguage } from '../i18n.ts';

export interface OpenDataFormat {
  count: (value: number) => string;
  /** 2026-06-30 → "30 juin 2026". */
  day: (day: string) => string;
  /** 1 234 567 bytes → "1,2 Mo" / "1.2 MB". */
  size: (bytes: number) => string;
}

export function useOpenDataFormat(): OpenDataFormat {
  const language = useLanguage();
  return useMemo(() => {
    const locale = intlLocale[language];
    const { count, longDay } = communeFormatters(locale);
    return { count, day: longDay, size: fileSizeFormatter(locale) };
  }, [language]);
}
