// The URL is the state people share: `#view=planning&map=zoom/lat/lon&layers=a,b&f.mobile-coverage=4G&lang=en`,
// plus the Planning view's own choices (planning/planning-url.ts). Pages of their own have a path:
// `/commune/98818` (a commune's workspace, issue #4), `/ici` (the public's view, issue #5) and
// `/demandes?commune=98811&statut=new` (the queue of requests, issue 10, its filters in the query)
// `/donnees` (the open data downloads, issue 11) and `/import` (the import wizard, issue 11).
// Reading accepts `?lang=en` too (the form people type by hand); writing keeps the rest in the hash.
import { useCallback, useEffect, useState } from 'react';
import type { Language } from './api.ts';
import type { LegendSelection } from './legend-filters.ts';
import { communeHashParts, parseCommuneHash, type CommuneUrlState } from './commune/commune-url.ts';
import { parsePlanningHash, planningHashParts, type PlanningUrlState } from './planning/planning-url.ts';
import {
  noRequestsFilter,
  parseRequestsQuery,
  writeRequestsQuery,
  type RequestsUrlState,
} from './requests/requests-url.ts';

/**
 * The views of the app: the infrastructure map, planning (#3), a commune's workspace (#4), the
 * public's (#5), the queue of requests for signed-in accounts (issue 10), the open data and the
 * import wizard for planners and admins (issue 11).
 */
export const screens = ['map', 'planning', 'commune', 'public', 'requests', 'openData', 'import'] as const;
export type Screen = (typeof screens)[number];

export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  /** `view=planning`, `/commune/…` or `/ici`; null (the map) when the URL does not say. */
  screen: Screen | null;
  /** The commune of `/commune/98818`; null on `/commune` (the picker) and elsewhere. */
  communePage: string | null;
  view: MapViewState | null;
  /** null when the URL does not say: the app shows its default layers. */
  layers: string[] | null;
  /** Legend values shown per layer (`f.<layer>=a,b`); null when the URL names none. */
  filters: LegendSelection | null;
  lang: Language | null;
  planning: PlanningUrlState;
  /** The commune workspace's own choices (commune/commune-url.ts). */
  commune: CommuneUrlState;
  /** The queue's filters (requests/requests-url.ts), read and written on `/demandes` only. */
  requests: RequestsUrlState;
}

const FILTER_PREFIX = 'f.';
const PUBLIC_PATH = '/ici';
const REQUESTS_PATH = '/demandes';
const OPEN_DATA_PATH = '/donnees';
const IMPORT_PATH = '/import';

/** The path of a screen: its own page for the commune workspace and the public view, else the root. */
export function screenPath(screen: Screen | null, communePage: string | null): string {
  if (screen === 'commune') return communePage ? `/commune/${communePage}` : '/commune';
  if (screen === 'public') return PUBLIC_PATH;
  if (screen === 'requests') return REQUESTS_PATH;
  if (screen === 'openData') return OPEN_DATA_PATH;
  if (screen === 'import') return IMPORT_PATH;
  return '/';
}

const isLanguage = (value: string | null): value is Language => value === 'fr' || value === 'en';

function parseView(value: string | null): MapViewState | null {
  const parts = value?.split('/').map(Number);
  if (parts?.length !== 3) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

export function parseUrlState(url: URL): UrlState {
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const layers = hash.get('layers');
  const lang = hash.get('lang') ?? url.searchParams.get('lang');
  const filters = Object.fromEntries(
    [...hash.entries()]
      .filter(([key]) => key.startsWith(FILTER_PREFIX) && key.length > FILTER_PREFIX.length)
      .map(([key, value]) => [key.slice(FILTER_PREFIX.length), value.split(',').filter(Boolean)]),
  );
  const screen = hash.get('view');
  const path = url.pathname.replace(/\/+$/, '');
  const commune = /^\/commune(?:\/(988\d{2}))?$/.exec(path);
  return {
    screen: commune
      ? 'commune'
      : path === PUBLIC_PATH
        ? 'public'
        : path === REQUESTS_PATH
          ? 'requests'
          : path === OPEN_DATA_PATH
            ? 'openData'
            : path === IMPORT_PATH
              ? 'import'
              : screen === 'planning'
                ? 'planning'
                : null,
    communePage: commune?.[1] ?? null,
    view: parseView(hash.get('map')),
    layers: layers === null ? null : layers.split(',').filter(Boolean),
    filters: Object.keys(filters).length > 0 ? filters : null,
    lang: isLanguage(lang) ? lang : null,
    planning: parsePlanningHash(hash),
    commune: parseCommuneHash(hash),
    requests: path === REQUESTS_PATH ? parseRequestsQuery(url.searchParams) : noRequestsFilter,
  };
}

/** As many decimals as a pixel needs at this zoom (the rule MapLibre's own hash uses). */
function formatView({ zoom, lat, lon }: MapViewState): string {
  const decimals = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const round = (value: number, places: number) => String(Number(value.toFixed(places)));
  return `${round(zoom, 2)}/${round(lat, decimals)}/${round(lon, decimals)}`;
}

/** The same URL with `state` written into its hash (and a stray `?lang=` folded into it). */
export function formatUrlState(url: URL, state: UrlState): string {
  const next = new URL(url);
  next.searchParams.delete('lang');
  next.pathname = screenPath(state.screen, state.communePage);
  writeRequestsQuery(next.searchParams, state.screen === 'requests' ? state.requests : noRequestsFilter);
  const parts: string[] = [];
  if (state.screen === 'planning') parts.push('view=planning');
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.layers) parts.push(`layers=${state.layers.map(encodeURIComponent).join(',')}`);
  for (const [layer, values] of Object.entries(state.filters ?? {})) {
    parts.push(`${FILTER_PREFIX}${encodeURIComponent(layer)}=${values.map(encodeURIComponent).join(',')}`);
  }
  parts.push(...planningHashParts(state.planning));
  if (state.screen === 'commune') parts.push(...communeHashParts(state.commune));
  if (state.lang) parts.push(`lang=${state.lang}`);
  next.hash = parts.join('&');
  return next.toString();
}

const currentUrl = () => new URL(window.location.href);

/** What to change in the URL state, or how, from the state as it is when the change applies. */
export type UrlChange = Partial<UrlState> | ((previous: UrlState) => Partial<UrlState>);

/**
 * The URL state, kept in step both ways: `update` rewrites the URL with history.replaceState
 * (no history entry per pan), and editing the hash by hand updates the state.
 */
export function useUrlState(): [UrlState, (change: UrlChange) => void] {
  const [state, setState] = useState(() => parseUrlState(currentUrl()));

  useEffect(() => {
    const onNavigate = () => setState(parseUrlState(currentUrl()));
    window.addEventListener('hashchange', onNavigate);
    window.addEventListener('popstate', onNavigate);
    return () => {
      window.removeEventListener('hashchange', onNavigate);
      window.removeEventListener('popstate', onNavigate);
    };
  }, []);

  useEffect(() => {
    const url = formatUrlState(currentUrl(), state);
    if (url === window.location.href) return;
    // A new page (another path) is a step back can undo; a pan or a toggle is not.
    const newPage = new URL(url).pathname !== window.location.pathname;
    if (newPage) window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, [state]);

  const update = useCallback((change: UrlChange) => {
    setState((previous) => ({ ...previous, ...(typeof change === 'function' ? change(previous) : change) }));
  }, []);

  return [state, update];
}
