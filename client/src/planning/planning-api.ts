// The planning endpoints (issue #3) through Hono's typed client: coverage gaps, every place with
// its coverage, white zones, area figures and the key figures per commune. GeoJSON built by PostGIS
// and the gaps route (which also answers CSV) have no inferred JSON type, so theirs is declared here,
// from the server's own types where it has them.
import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { AppType } from '../../../server/app.ts';
import type { GapTotals, RankedGap, Tally } from '../../../server/gaps/queries.ts';
import type { Technology } from '../../../server/gaps/technology.ts';
import { checked } from '../api.ts';

const api = hc<AppType>('/api');

export type { GapTotals, RankedGap, Tally, Technology };

/** The three networks a gap is measured against, in the order the segmented control shows them. */
export const technologies = ['fibre', '4g', 'mobile'] as const satisfies readonly Technology[];

export interface GapsAnswer {
  technology: Technology;
  commune: string | null;
  totals: GapTotals;
  ranked: RankedGap[];
}

export type CommuneStats = InferResponseType<typeof api.stats.communes.$get, 200>;
export type CommuneFigures = CommuneStats['communes'][number];
export type RolloutYear = CommuneStats['territory']['yearly'][number];
export type AreaFigures = InferResponseType<typeof api.gaps.area.$post, 200>;

/** GET /api/gaps/places: one point per settlement and school (a type, not an interface: map features take it). */
export type PlaceProperties = {
  kind: 'settlement' | 'school';
  id: number;
  name: string;
  category: string;
  communeInsee: string;
  /** Residents of a settlement; null for a school. */
  inhabitants: number | null;
  /** Pupils of a school; null for a settlement. */
  pupils: number | null;
  fibre: boolean;
  g4: boolean;
  mobile: boolean;
  distanceFibreM: number | null;
  distance4gM: number | null;
  distanceMobileM: number | null;
};
export type Places = FeatureCollection<Point, PlaceProperties>;

export type WhiteZoneProperties = {
  id: number;
  communeInsee: string;
  communeName: string;
  areaKm2: number;
  population: number;
};
export type WhiteZones = FeatureCollection<MultiPolygon, WhiteZoneProperties>;

/** What the server is asked about: a drawn polygon, or a centre and a radius in metres. */
export type AreaRequest = InferRequestType<typeof api.gaps.area.$post>['json'];

const communeQuery = (commune: string | null) => (commune ? { commune } : {});

export async function fetchGaps(
  technology: Technology,
  commune: string | null,
  signal?: AbortSignal,
): Promise<GapsAnswer> {
  const response = await checked(
    await api.gaps.$get({ query: { technology, ...communeQuery(commune) } }, { init: { signal } }),
  );
  // The route answers CSV and GeoJSON too, so its JSON form is not inferred.
  return (await response.json()) as GapsAnswer;
}

/** Where the ranked gaps download as a file (the server names it in Content-Disposition). */
export function gapsDownloadUrl(technology: Technology, commune: string | null, format: 'csv' | 'geojson') {
  const query = new URLSearchParams({ technology });
  if (commune) query.set('commune', commune);
  query.set('format', format);
  return `/api/gaps?${query.toString()}`;
}

export async function fetchPlaces(signal?: AbortSignal): Promise<Places> {
  const response = await checked(await api.gaps.places.$get({ query: {} }, { init: { signal } }));
  return (await response.json()) as Places;
}

export async function fetchWhiteZones(zoom: number, signal?: AbortSignal): Promise<WhiteZones> {
  const response = await checked(
    await api.gaps['white-zones'].$get({ query: { zoom: String(zoom) } }, { init: { signal } }),
  );
  return (await response.json()) as WhiteZones;
}

export async function fetchAreaFigures(area: AreaRequest, signal?: AbortSignal): Promise<AreaFigures> {
  const response = await checked(await api.gaps.area.$post({ json: area }, { init: { signal } }));
  return response.json();
}

export async function fetchCommuneStats(signal?: AbortSignal): Promise<CommuneStats> {
  const response = await checked(await api.stats.communes.$get(undefined, { init: { signal } }));
  return response.json();
}
