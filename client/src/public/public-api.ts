// The public's three endpoints (issue #5) through Hono's typed client: search by name, the nearest
// working Wi-Fi terminals, and what one can get at a spot. Coordinates go out with five decimals
// (about a metre), so the same spot asks the same URL and the service worker's cache can answer it.
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../server/app.ts';
import { checked } from '../api.ts';

const api = hc<AppType>('/api');

export type SearchResult = InferResponseType<typeof api.search.$get, 200>['results'][number];
export type NearestAnswer = InferResponseType<typeof api.wifi.nearest.$get, 200>;
export type NearbyTerminal = NearestAnswer['terminals'][number];
export type HereAnswer = InferResponseType<typeof api.here.$get, 200>;

/** How many places the search box offers at once: a phone screen's worth. */
export const SEARCH_LIMIT = 8;

const coordinate = (value: number) => value.toFixed(5);

export async function searchPlaces(query: string, signal?: AbortSignal): Promise<SearchResult[]> {
  const response = await checked(
    await api.search.$get({ query: { q: query, limit: String(SEARCH_LIMIT) } }, { init: { signal } }),
  );
  return (await response.json()).results;
}

export async function fetchNearestWifi(
  lon: number,
  lat: number,
  signal?: AbortSignal,
): Promise<NearestAnswer> {
  const response = await checked(
    await api.wifi.nearest.$get(
      { query: { lon: coordinate(lon), lat: coordinate(lat) } },
      { init: { signal } },
    ),
  );
  return response.json();
}

export async function fetchHere(lon: number, lat: number, signal?: AbortSignal): Promise<HereAnswer> {
  const response = await checked(
    await api.here.$get({ query: { lon: coordinate(lon), lat: coordinate(lat) } }, { init: { signal } }),
  );
  return response.json();
}
