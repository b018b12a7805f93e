// The sheet's answer to "what can I get here": the card, or why there is none yet.
import { useTranslation } from 'react-i18next';
import type { Remote } from '../planning/useRemote.ts';
import { HereCard } from './HereCard.tsx';
import type { Place } from './place.ts';
import type { HereAnswer } from './public-api.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface HerePanelProps {
  here: Remote<HereAnswer>;
  /** The spot is where the reader stands ("Près de moi"), not a point of the map. */
  mine: boolean;
  online: boolean;
  format: PublicFormat;
  /** Asks for the nearest terminals from the spot. */
  onNearestWifi: (place: Place) => void;
}

export function HerePanel({ here, mine, online, format, onNearestWifi }: HerePanelProps) {
  const { t } = useTranslation();
  const answer = here.data;
  if (here.status === 'error' && here.error) {
    return (
      <p className="public__alert" role="alert">
        {online ? t('public.here.failed', { detail: here.error.message }) : t('public.here.offline')}
      </p>
    );
  }
  if (!answer) return <p className="public__note">{t('public.here.loading')}</p>;
  return (
    <div aria-busy={here.status === 'loading'} data-status={here.status}>
      <HereCard
        answer={answer}
        mine={mine}
        format={format}
        onNearestWifi={() =>
          onNearestWifi({ kind: mine ? 'position' : 'point', ...answer.point, label: null })
        }
      />
    </div>
  );
}
