// The commune picker at `/commune`: the 33 communes by province, and a search field that finds one
// however its name is typed (accents, case, hyphens: commune-search.ts). Enter opens the first found.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import type { UrlState } from '../url-state.ts';
import { useCommuneFormat } from './commune-format.ts';
import { communePageHref, isPlainClick } from './commune-links.ts';
import { communesByProvince } from './commune-search.ts';
import './commune-picker.css';

export interface CommunePickerProps {
  communes: readonly CommuneSummary[];
  url: UrlState;
  /** An INSEE code asked for that no commune has, to say so. */
  unknown: string | null;
  onChoose: (insee: string) => void;
}

export function CommunePicker({ communes, url, unknown, onChoose }: CommunePickerProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => communesByProvince(communes, query), [communes, query]);
  const found = groups.reduce((sum, group) => sum + group.communes.length, 0);
  const searchId = useId();
  const countId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = groups[0]?.communes[0];
    if (first) onChoose(first.insee);
  };

  return (
    <div className="commune-picker">
      <div className="commune-picker__inner">
        <h2 className="commune-picker__title">{t('commune.picker.title')}</h2>
        <p className="commune-picker__intro">{t('commune.picker.intro')}</p>
        {unknown && (
          <p className="commune-error" role="alert">
            {t('commune.picker.unknown', { insee: unknown })}
          </p>
        )}
        <form role="search" className="commune-search" onSubmit={onSubmit}>
          <label htmlFor={searchId}>{t('commune.picker.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('commune.picker.placeholder')}
            aria-describedby={countId}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </form>
        <p id={countId} className="commune-picker__count" aria-live="polite">
          {found === 0
            ? t('commune.picker.none', { query })
            : t('commune.picker.count', { count: found, formatted: format.count(found) })}
        </p>
        <div className="commune-picker__provinces">
          {groups.map((group) => (
            <section
              key={group.province}
              className="commune-picker__province"
              aria-labelledby={`${countId}-${group.province}`}
            >
              <h3 id={`${countId}-${group.province}`}>{t(`commune.province.${group.province}`)}</h3>
              <ul className="commune-picker__list">
                {group.communes.map((commune) => (
                  <li key={commune.insee}>
                    <a
                      href={communePageHref(url, commune.insee)}
                      data-insee={commune.insee}
                      onClick={(event) => {
                        if (!isPlainClick(event)) return;
                        event.preventDefault();
                        onChoose(commune.insee);
                      }}
                    >
                      <span className="commune-picker__name">{commune.name}</span>
                      <span className="commune-picker__facts">
                        {t('commune.picker.facts', {
                          postalCode: commune.postalCode,
                          population: format.count(commune.population2019),
                        })}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
