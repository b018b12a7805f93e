// The key of the queue's map: what each colour of dot says of a request.
import { useTranslation } from 'react-i18next';
import { requestStatuses } from '../../../server/requests/payloads.ts';
import { requestStatusColors } from './request-style.ts';

export function RequestMapKey() {
  const { t } = useTranslation();
  return (
    <ul className="request-map-key" aria-label={t('requests.queue.key')}>
      {requestStatuses.map((status) => (
        <li key={status}>
          <span
            className="request-map-key__dot"
            aria-hidden="true"
            style={{ background: requestStatusColors[status] }}
          />
          {t(`requests.statuses.${status}`)}
        </li>
      ))}
    </ul>
  );
}
