// The queue's filters (issue 10): a commune (planners only; a commune account sees its own) and a
// status. Both live in the link (`/demandes?commune=98811&statut=new`).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses } from '../../../server/requests/payloads.ts';
import type { CommuneSummary } from '../api.ts';
import { byName } from '../format/french-order.ts';
import type { RequestsUrlState } from './requests-url.ts';

export interface RequestFiltersProps {
  filter: RequestsUrlState;
  /** The communes to choose from; null when the account sees its own commune only. */
  communes: readonly CommuneSummary[] | null;
  onChange: (filter: RequestsUrlState) => void;
}

export function RequestFilters({ filter, communes, onChange }: RequestFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="request-filters" role="group" aria-label={t('requests.queue.filters')}>
      {communes && (
        <div className="field">
          <label htmlFor={`${id}-commune`}>{t('requests.queue.commune')}</label>
          <select
            id={`${id}-commune`}
            name="commune"
            value={filter.commune ?? ''}
            onChange={(event) => onChange({ ...filter, commune: event.target.value || null })}
          >
            <option value="">{t('requests.queue.allCommunes')}</option>
            {[...communes].sort(byName).map((commune) => (
              <option key={commune.insee} value={commune.insee}>
                {commune.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('requests.list.filter')}</label>
        <select
          id={`${id}-status`}
          name="status"
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: event.target.value || null })}
        >
          <option value="">{t('requests.list.all')}</option>
          {requestStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`requests.statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
