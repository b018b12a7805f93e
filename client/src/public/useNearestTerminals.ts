// The nearest working terminals from the place asked about last, and what to show when the network
// and the service worker's cache both fail: the last list saved on this phone (issue #5). On opening,
// the saved list shows at once and is asked for again, so a reload offline still lists terminals.
import { useCallback, useEffect, useState } from 'react';
import { fetchNearestWifi, type NearestAnswer } from './public-api.ts';
import type { Place } from './place.ts';
import { browserStorage, loadNearest, saveNearest } from './saved-results.ts';

export interface ShownNearest {
  place: Place;
  answer: NearestAnswer;
  /** When the list was saved, if it comes from this phone's storage rather than the server now. */
  savedAt: string | null;
}

export interface NearestState {
  /** The place asked about last; null before anything was asked or saved. */
  place: Place | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The list on screen: the answer for `place`, or while loading or failing, the one before. */
  shown: ShownNearest | null;
  error: Error | null;
  /** Counts the answers (or failures) to explicit asks; 0 for the saved list shown on opening. */
  answers: number;
}

export function useNearestTerminals(): [NearestState, (place: Place) => void] {
  const [initial] = useState(() => loadNearest(browserStorage()));
  const [request, setRequest] = useState<{ place: Place; asked: boolean } | null>(() =>
    initial ? { place: initial.place, asked: false } : null,
  );
  const [state, setState] = useState<NearestState>(() => ({
    place: initial?.place ?? null,
    status: initial ? 'loading' : 'idle',
    shown: initial ? { ...initial } : null,
    error: null,
    answers: 0,
  }));

  useEffect(() => {
    if (!request) return;
    const { place, asked } = request;
    const controller = new AbortController();
    const counted = (answers: number) => (asked ? answers + 1 : answers);
    setState((previous) => ({ ...previous, place, status: 'loading', error: null }));
    fetchNearestWifi(place.lon, place.lat, controller.signal)
      .then((answer) => {
        if (controller.signal.aborted) return;
        saveNearest(browserStorage(), { place, answer, savedAt: new Date().toISOString() });
        setState((previous) => ({
          place,
          status: 'ready',
          shown: { place, answer, savedAt: null },
          error: null,
          answers: counted(previous.answers),
        }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const saved = loadNearest(browserStorage());
        setState((previous) => ({
          place,
          status: 'error',
          shown: saved ? { ...saved } : null,
          error: error instanceof Error ? error : new Error(String(error)),
          answers: counted(previous.answers),
        }));
      });
    return () => controller.abort();
  }, [request]);

  const ask = useCallback((place: Place) => setRequest({ place, asked: true }), []);
  return [state, ask];
}
