// The sheet's answer to "where is the nearest terminal": its heading names the place asked about,
// then whether the list is live or saved, then the list itself.
import { useTranslation } from 'react-i18next';
import { NearestTerminals } from './NearestTerminals.tsx';
import type { Place } from './place.ts';
import type { NearestState } from './useNearestTerminals.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface NearestPanelProps {
  nearest: NearestState;
  online: boolean;
  format: PublicFormat;
}

export function NearestPanel({ nearest, online, format }: NearestPanelProps) {
  const { t } = useTranslation();
  const { shown, status, error } = nearest;
  // A position from an earlier visit is where the reader was then, not where they are.
  const placeName = (place: Place) =>
    place.kind === 'search' && place.label
      ? t('public.place.named', { name: place.label })
      : place.kind === 'position'
        ? t(nearest.answers > 0 ? 'public.place.position' : 'public.place.lastPosition')
        : t('public.place.point');

  const offlineNote = !online
    ? `${t('public.offline.banner')} ${shown?.savedAt ? t('public.offline.saved', { date: format.dateTime(shown.savedAt) }) : t('public.offline.cached')}`
    : shown?.savedAt
      ? t('public.offline.saved', { date: format.dateTime(shown.savedAt) })
      : null;

  return (
    <div
      className="nearest"
      aria-busy={status === 'loading'}
      data-status={status}
      data-answers={nearest.answers}
    >
      {shown && (
        <h2 className="public__heading">{t('public.nearest.title', { place: placeName(shown.place) })}</h2>
      )}
      {offlineNote && shown && (
        <p className="public__offline" data-saved={shown.savedAt ? 'true' : undefined}>
          {offlineNote}
        </p>
      )}
      {status === 'error' && error && online && (
        <p className="public__alert" role="alert">
          {t('public.nearest.failed', { detail: error.message })}
        </p>
      )}
      {status === 'error' && !online && !shown && (
        <p className="public__alert" role="alert">
          {t('public.nearest.offline')}
        </p>
      )}
      {shown ? (
        <NearestTerminals
          terminals={shown.answer.terminals}
          unavailable={shown.answer.unavailable}
          format={format}
          onIsland={shown.answer.onIsland}
          from={{ lon: shown.place.lon, lat: shown.place.lat, mine: shown.place.kind === 'position' }}
        />
      ) : status === 'loading' ? (
        <p className="public__note">{t('public.nearest.loading')}</p>
      ) : (
        status !== 'error' && <p className="public__note">{t('public.nearest.start')}</p>
      )}
    </div>
  );
}
