// Data from the API for a view, reloaded when what it depends on changes: `load` must be memoised
// on exactly that. The last answer stays while the next one loads, so tables do not flash empty.
import { useEffect, useState } from 'react';

export interface Remote<T> {
  status: 'loading' | 'ready' | 'error';
  /** The latest answer, possibly for the previous request while the next one loads. */
  data: T | null;
  error: Error | null;
}

export function useRemote<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Remote<T> {
  const [state, setState] = useState<Remote<T>>({ status: 'loading', data: null, error: null });
  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading', error: null }));
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const reason = error instanceof Error ? error : new Error(String(error));
        setState((previous) => ({ ...previous, status: 'error', error: reason }));
      });
    return () => controller.abort();
  }, [load]);
  return state;
}
