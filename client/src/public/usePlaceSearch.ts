// Search as the reader types: debounced, the request before cancelled, the last answer kept while
// the next one loads (the list does not flash empty between two letters).
import { useEffect, useState } from 'react';
import { searchPlaces, type SearchResult } from './public-api.ts';

/** Long enough not to search on every keystroke, short enough to feel immediate. */
const DEBOUNCE_MS = 250;
/** One letter matches half the territory. */
export const MIN_QUERY_LENGTH = 2;

export interface PlaceSearchState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The query the results answer. */
  query: string;
  results: SearchResult[];
  error: Error | null;
}

const idle: PlaceSearchState = { status: 'idle', query: '', results: [], error: null };

export function usePlaceSearch(text: string): PlaceSearchState {
  const query = text.trim();
  const [state, setState] = useState<PlaceSearchState>(idle);
  useEffect(() => {
    if (query.length < MIN_QUERY_LENGTH) {
      setState(idle);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((previous) => ({ ...previous, status: 'loading', error: null }));
      searchPlaces(query, controller.signal)
        .then((results) => setState({ status: 'ready', query, results, error: null }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const reason = error instanceof Error ? error : new Error(String(error));
          setState({ status: 'error', query, results: [], error: reason });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return state;
}
