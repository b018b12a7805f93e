// A project attribute's value as the reader reads it: a status or a kind in words, an empty value
// said as such. The history and the conflict view both speak this way.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS, STATUSES } from './project-form-values.ts';

export function useProjectValueText(): (name: string, value: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: string, value: string) => {
      if (value === '') return t('editing.history.blank');
      if (name === 'status' && (STATUSES as readonly string[]).includes(value))
        return t(`commune.status.${value}`);
      if (name === 'kind' && (KINDS as readonly string[]).includes(value)) return t(`commune.kind.${value}`);
      return value;
    },
    [t],
  );
}
