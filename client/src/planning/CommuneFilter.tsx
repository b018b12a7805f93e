// The commune the gaps and their totals are narrowed to, or the whole territory.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import { byName } from '../format/french-order.ts';

export interface CommuneFilterProps {
  communes: readonly CommuneSummary[];
  value: string | null;
  onChange: (insee: string | null) => void;
}

export function CommuneFilter({ communes, value, onChange }: CommuneFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = useMemo(() => [...communes].sort(byName), [communes]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('planning.commune.label')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t('planning.commune.all')}</option>
        {sorted.map((commune) => (
          <option key={commune.insee} value={commune.insee}>
            {commune.name}
          </option>
        ))}
      </select>
    </div>
  );
}
