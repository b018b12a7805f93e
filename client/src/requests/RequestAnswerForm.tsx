// A planner's answer to one request, folded under "Répondre": its new status and a text for the
// person who sent it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses } from '../../../server/requests/payloads.ts';
import { ApiError } from '../api.ts';
import { answerRequest, type RequestItem, type RequestStatus } from './requests-api.ts';

export interface RequestAnswerFormProps {
  request: RequestItem;
  onAnswered: () => void;
}

export function RequestAnswerForm({ request, onAnswered }: RequestAnswerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<RequestStatus>(request.status);
  const [answer, setAnswer] = useState(request.answer ?? '');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNote(null);
    try {
      await answerRequest(request.id, status, answer.trim() === '' ? null : answer);
      setNote({ text: t('requests.answer.saved'), error: false });
      onAnswered();
    } catch (error) {
      const detail = error instanceof ApiError ? error.detail : String(error);
      setNote({ text: t('requests.answer.failed', { detail }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="request-answer-box">
      <summary className="request-answer-box__summary">{t('requests.answer.open')}</summary>
      <form className="request-answer" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('requests.answer.status')}</label>
          <select
            id={`${id}-status`}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value as RequestStatus)}
          >
            {requestStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`requests.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-answer`}>{t('requests.answer.text')}</label>
          <textarea
            id={`${id}-answer`}
            name="answer"
            rows={2}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
          />
        </div>
        {note && (
          <p
            className={note.error ? 'report-problem__error' : 'report-problem__sent'}
            role={note.error ? 'alert' : 'status'}
          >
            {note.text}
          </p>
        )}
        <button type="submit" className="commune-button request-answer__send" disabled={busy}>
          {busy ? t('requests.answer.sending') : t('requests.answer.send')}
        </button>
      </form>
    </details>
  );
}
