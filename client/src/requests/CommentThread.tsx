// The comments on a project or a feature (issue 10), oldest first, each with its author and date,
// its text shown as text (never HTML); and, for accounts that may, a form to add one.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { intlLocale, useLanguage } from '../i18n.ts';
import { useRemote } from '../planning/useRemote.ts';
import { fetchComments, postComment } from './comments-api.ts';
import './requests.css';

export interface CommentThreadProps {
  /** `projects`, or the id of a layer of the catalogue. */
  layerId: string;
  featureId: number;
  /** Shows the form: a planner, or the commune account of the target's commune. */
  canWrite: boolean;
}

export function CommentThread({ layerId, featureId, canWrite }: CommentThreadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [posted, setPosted] = useState(0);
  const comments = useRemote(
    useCallback(
      (signal: AbortSignal) => fetchComments({ layerId, featureId }, signal),
      // posted is not read: each new comment asks again.
      [layerId, featureId, posted],
    ),
  );
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });
  const list = comments.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNote(null);
    try {
      await postComment({ layerId, featureId, text });
      setText('');
      setNote({ text: t('requests.comments.sent'), error: false });
      setPosted((count) => count + 1);
    } catch (error) {
      const detail = error instanceof ApiError ? error.detail : String(error);
      setNote({ text: t('requests.comments.sendFailed', { detail }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="comment-thread" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="comment-thread__title">
        {t('requests.comments.title')}
      </h4>
      {comments.error && (
        <p className="report-problem__error" role="alert">
          {t('requests.comments.failed', { detail: comments.error.message })}
        </p>
      )}
      {!list && !comments.error && <p>{t('requests.comments.loading')}</p>}
      {list?.length === 0 && <p className="comment-thread__empty">{t('requests.comments.empty')}</p>}
      {list && list.length > 0 && (
        <ol className="comment-thread__list">
          {list.map((comment) => (
            <li key={comment.id} className="comment" data-comment={comment.id}>
              <p className="comment__meta">
                {t('requests.comments.by', {
                  author: comment.author,
                  date: when.format(new Date(comment.createdAt)),
                })}
              </p>
              <p className="comment__text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <form className="comment-form" noValidate onSubmit={(event) => void submit(event)}>
          <label htmlFor={`${id}-text`}>{t('requests.comments.text')}</label>
          <textarea
            id={`${id}-text`}
            name="comment"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {note && (
            <p
              className={note.error ? 'report-problem__error' : 'report-problem__sent'}
              role={note.error ? 'alert' : 'status'}
            >
              {note.text}
            </p>
          )}
          <button type="submit" className="report-problem__send comment-form__send" disabled={busy}>
            {busy ? t('requests.comments.sending') : t('requests.comments.send')}
          </button>
        </form>
      )}
    </section>
  );
}
