// "Signaler un problème" (issue 10): anyone tells the operator what is wrong at a place ("our tribu
// has no 4G", "this terminal is out of order"), from the place chosen on the map or their own
// position, checked with the server's own schema (newRequest). A 429 (the public sends at most a
// few an hour from one connection) is said plainly, with when to try again.
import '../editing/zod-jitless.ts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT, newRequest } from '../../../server/requests/payloads.ts';
import { ApiError } from '../api.ts';
import { currentPosition } from '../public/locate.ts';
import { sendRequest } from './requests-api.ts';
import './requests.css';

export interface ReportPlace {
  lon: number;
  lat: number;
}

export interface ReportProblemProps {
  /** The place the report is about, as chosen on the map; null when none is chosen yet. */
  place: ReportPlace | null;
  /** How that place was chosen, in words ("le centre de la carte"); null shows its coordinates only. */
  placeWords: string | null;
  /** A project or a feature the report is about. */
  about?: { layerId: string; featureId: number; title: string };
  /** Names of the communes by INSEE code, to thank in the commune's name. */
  communeName: (insee: string) => string;
  onClose: () => void;
}

type Sent = { id: number; commune: string };

export function ReportProblem({ place, placeWords, about, communeName, onClose }: ReportProblemProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [mine, setMine] = useState<ReportPlace | null>(null);
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const where = mine ?? place;

  const locate = () => {
    setLocating(true);
    setError(null);
    currentPosition(navigator.geolocation)
      .then(setMine, () => setError({ field: false, text: t('requests.report.locateFailed') }))
      .finally(() => setLocating(false));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!where) {
      setError({ field: false, text: t('requests.report.noPlace') });
      return;
    }
    const checked = newRequest.safeParse({
      lon: where.lon,
      lat: where.lat,
      text,
      layerId: about?.layerId ?? null,
      featureId: about?.featureId ?? null,
    });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const onText = issue?.path[0] === 'text';
      setError({ field: onText, text: issue?.message ?? 'invalid' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const made = await sendRequest(checked.data);
      setSent({ id: made.id, commune: communeName(made.communeInsee) });
      setText('');
    } catch (failure) {
      const tooMany = failure instanceof ApiError && failure.status === 429;
      const detail = failure instanceof ApiError ? failure.detail : String(failure);
      setError({
        field: false,
        text: tooMany ? t('requests.report.tooMany') : t('requests.report.failed', { detail }),
      });
    } finally {
      setBusy(false);
    }
  };

  const position = where && `${where.lat.toFixed(5)}, ${where.lon.toFixed(5)}`;
  const placeText = !where
    ? t('requests.report.noPlace')
    : t('requests.report.place', {
        position: mine || !placeWords ? position : `${placeWords} (${position})`,
      });

  return (
    <section className="report-problem" aria-labelledby={`${id}-title`}>
      <div className="report-problem__head">
        <h3 id={`${id}-title`}>{t('requests.report.title')}</h3>
        <button
          type="button"
          className="report-problem__close"
          aria-label={t('requests.report.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p>{t('requests.report.intro')}</p>
      {about && (
        <p className="report-problem__about">{t('requests.report.aboutProject', { title: about.title })}</p>
      )}
      <form className="report-problem__form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="report-problem__place" data-lon={where?.lon} data-lat={where?.lat}>
          {placeText}
        </p>
        <button type="button" className="report-problem__locate" onClick={locate} aria-busy={locating}>
          {locating ? t('requests.report.locating') : t('requests.report.usePosition')}
        </button>
        <label htmlFor={`${id}-text`}>{t('requests.report.text')}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={4}
          maxLength={MAX_TEXT}
          value={text}
          aria-invalid={error?.field === true}
          aria-describedby={`${id}-hint${error?.field ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setText(event.target.value);
            setSent(null);
          }}
        />
        <p id={`${id}-hint`} className="report-problem__hint">
          {t('requests.report.textHint')}
        </p>
        <div className="report-problem__answer">
          {error && (
            <p id={`${id}-error`} className="report-problem__error" role="alert">
              {error.text}
            </p>
          )}
          {sent && (
            <p className="report-problem__sent" role="status">
              {t('requests.report.sent', { id: sent.id, commune: sent.commune })}
            </p>
          )}
          <button type="submit" className="report-problem__send" disabled={busy}>
            {busy ? t('requests.report.sending') : t('requests.report.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
