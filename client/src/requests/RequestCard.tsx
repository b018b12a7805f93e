// One request as its list shows it (issue 10): status, number, when and from whom, its text, its
// place and what it is about, the answer given; and for planners the form to answer it. Text from
// people is shown as text, never as HTML.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import { RequestAnswerForm } from './RequestAnswerForm.tsx';
import type { RequestItem } from './requests-api.ts';

export interface RequestCardProps {
  request: RequestItem;
  canAnswer: boolean;
  onAnswered: () => void;
  /** What stands for the number: plain text, or a button that shows the request on a map. */
  title?: ReactNode;
  selected?: boolean;
}

export function RequestCard({ request, canAnswer, onAnswered, title, selected = false }: RequestCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });
  const date = (iso: string) => when.format(new Date(iso));
  return (
    <li
      className={`request-item${selected ? ' request-item--selected' : ''}`}
      data-request={request.id}
      data-status={request.status}
      data-commune={request.communeInsee}
      aria-current={selected ? 'true' : undefined}
    >
      <p className="request-item__head">
        <span className={`request-status request-status--${request.status}`}>
          {t(`requests.statuses.${request.status}`)}
        </span>{' '}
        {title ?? <strong>{t('requests.list.number', { id: request.id })}</strong>}{' '}
        <span className="request-item__meta">
          <time dateTime={request.createdAt}>{t('requests.list.at', { date: date(request.createdAt) })}</time>{' '}
          · {t('requests.list.from', { author: request.author ?? t('requests.list.public') })}
        </span>
      </p>
      <p className="request-item__text">{request.text}</p>
      <p className="request-item__meta">
        {t('requests.list.place', {
          lat: request.lat.toFixed(5),
          lon: request.lon.toFixed(5),
          commune: request.communeName,
        })}
        {request.layerId !== null &&
          ` · ${t('requests.list.about', { layer: request.layerId, id: request.featureId })}`}
      </p>
      {request.answer !== null && (
        <p className="request-item__answer">
          {t('requests.list.answer', { answer: request.answer })}
          {request.answeredBy && request.answeredAt && (
            <span className="request-item__meta">
              {' '}
              {t('requests.list.answeredBy', { who: request.answeredBy, date: date(request.answeredAt) })}
            </span>
          )}
        </p>
      )}
      {canAnswer && <RequestAnswerForm request={request} onAnswered={onAnswered} />}
    </li>
  );
}
