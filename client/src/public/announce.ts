// The one sentence screen readers hear when the answer changes (aria-live): what is being looked
// for, or the gist of the answer, in the reader's language.
import type { Language } from '../api.ts';
import type { Remote } from '../planning/useRemote.ts';
import { fibreAtSpot, fibreWording, mobileWording, type Translate } from './here-wording.ts';
import type { HereAnswer } from './public-api.ts';
import type { NearestState } from './useNearestTerminals.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface AnnouncedState {
  locating: boolean;
  mode: 'nearest' | 'here';
  here: Remote<HereAnswer>;
  nearest: NearestState;
}

export function announce(
  t: Translate,
  format: PublicFormat,
  language: Language,
  { locating, mode, here, nearest }: AnnouncedState,
): string {
  if (locating) return t('public.locate.locating');
  if (mode === 'here') {
    if (here.status === 'loading') return t('public.here.loading');
    const answer = here.data;
    if (!answer) return '';
    if (answer.message) return answer.message[language];
    return t('public.here.announce', {
      title: t('public.here.title'),
      fibre: fibreWording(t, fibreAtSpot(answer), format.distance, format.date).summary,
      mobile: mobileWording(t, answer.mobile).summary,
    });
  }
  if (nearest.status === 'loading') return t('public.nearest.loading');
  const shown = nearest.shown;
  if (!shown) return '';
  const first = shown.answer.terminals[0];
  if (!first) return t('public.nearest.none');
  return t('public.nearest.summary', {
    count: shown.answer.terminals.length,
    name: first.siteName,
    distance: format.distance(first.distanceM),
  });
}
