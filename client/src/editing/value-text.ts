// An attribute's value as the reader reads it: a status in words, an empty value said as such.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from './wifi-form-values.ts';

export function useValueText(): (name: string, value: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: string, value: string) => {
      if (value === '') return t('editing.history.blank');
      if (name === 'status' && (STATUSES as readonly string[]).includes(value))
        return t(`editing.statuses.${value}`);
      return value;
    },
    [t],
  );
}
