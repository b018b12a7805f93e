// The requests and reports of a commune (issue 10), newest first, for its commune account and for
// planners: status, text, place, who sent it and when, the answer given; planners answer each one
// (a status and a text). Text from people is shown as text, never as HTML.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses } from '../../../server/requests/payloads.ts';
import { useRemote } from '../planning/useRemote.ts';
import { RequestCard } from './RequestCard.tsx';
import { fetchRequests, type RequestItem, type RequestStatus } from './requests-api.ts';
import './requests.css';

export interface RequestListProps {
  insee: string;
  /** Planners answer; a commune account reads. */
  canAnswer: boolean;
  /** A new value asks again (a report was just sent from the page). */
  revision: number;
}

export function RequestList({ insee, canAnswer, revision }: RequestListProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [answered, setAnswered] = useState(0);
  const requests = useRemote(
    useCallback(
      (signal: AbortSignal) => fetchRequests({ commune: insee, ...(status ? { status } : {}) }, signal),
      // revision and answered are not read: a new one asks again.
      [insee, status, revision, answered],
    ),
  );
  const list = requests.data;

  return (
    <div className="request-list" aria-busy={requests.status === 'loading'}>
      <div className="field request-list__filter">
        <label htmlFor={`requests-status-${insee}`}>{t('requests.list.filter')}</label>
        <select
          id={`requests-status-${insee}`}
          value={status}
          onChange={(event) => setStatus(event.target.value as RequestStatus | '')}
        >
          <option value="">{t('requests.list.all')}</option>
          {requestStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`requests.statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {requests.error && (
        <p className="commune-error" role="alert">
          {t('requests.list.failed', { detail: requests.error.message })}
        </p>
      )}
      {!list && !requests.error && <p className="commune-note">{t('requests.list.loading')}</p>}
      {list && (
        <p className="request-list__count" role="status">
          {list.length === 0 ? t('requests.list.empty') : t('requests.list.count', { count: list.length })}
        </p>
      )}
      {list && list.length > 0 && (
        <ol className="request-list__items">
          {list.map((request: RequestItem) => (
            <RequestCard
              key={request.id}
              request={request}
              canAnswer={canAnswer}
              onAnswered={() => setAnswered((count) => count + 1)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
