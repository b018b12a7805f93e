// What the app needs before it can draw anything: configuration, layer catalogue, communes.
import { useEffect, useState } from 'react';
import {
  fetchCommunes,
  fetchConfig,
  fetchLayers,
  type AppConfig,
  type CommuneSummary,
  type LayerInfo,
} from './api.ts';

export interface AppData {
  config: AppConfig;
  layers: LayerInfo[];
  communes: CommuneSummary[];
}

export type AppDataState =
  { status: 'loading' } | { status: 'error'; error: Error } | ({ status: 'ready' } & AppData);

export function useAppData(): AppDataState {
  const [state, setState] = useState<AppDataState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([fetchConfig(signal), fetchLayers(signal), fetchCommunes(signal)])
      .then(([config, layers, communes]) => setState({ status: 'ready', config, layers, communes }))
      .catch((error: unknown) => {
        if (signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => controller.abort();
  }, []);
  return state;
}
