// The commune the gaps and their totals are narrowed to, or the whole territory.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import { intlLocale, useLanguage } from '../i18n.ts';

export interface CommuneFilterProps {
  communes: readonly CommuneSummary[];
  value: string | null;
  onChange: (insee: string | null) => void;
}

export function CommuneFilter({ communes, value, onChange }: CommuneFilterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(intlLocale[language]);
    return [...communes].sort((a, b) => collator.compare(a.name, b.name));
  }, [communes, language]);
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
