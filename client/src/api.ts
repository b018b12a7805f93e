// The map API (same origin, under /api) through Hono's typed client: request and response
// types come from the server's routes, so a change there is a type error here.
// Layer data is GeoJSON text streamed from PostGIS, hence the one declared type below.
import { hc, type InferResponseType } from 'hono/client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AppType } from '../../server/app.ts';

const api = hc<AppType>('/api');

export type Language = 'fr' | 'en';

/**
 * GET /api/config: `{ basemapStyleUrl, sampleData, asOf }`, `asOf` the day (YYYY-MM-DD) the data
 * stands at. Lateness, slips and overdue premises are measured at it, never at the real date.
 */
export type AppConfig = InferResponseType<typeof api.config.$get, 200>;
export type LayerInfo = InferResponseType<typeof api.layers.$get, 200>['layers'][number];
export type CommuneSummary = InferResponseType<typeof api.communes.$get, 200>['communes'][number];
export type LayerGroup = LayerInfo['group'];
export type LayerGeometry = LayerInfo['geometryType'];
export type AttributeInfo = LayerInfo['attributes'][number];

/** [minLon, minLat, maxLon, maxLat] in WGS84 degrees. */
export type BBox = [number, number, number, number];

/** Every feature carries these besides its layer's own attributes. */
export interface CommonProperties {
  id: number | string;
  communeInsee: string;
  communeName: string;
  source: string;
}
export type FeatureProperties = Partial<CommonProperties> & Record<string, unknown>;
export type LayerData = FeatureCollection<Geometry, FeatureProperties>;

export interface LayerQuery {
  bbox?: BBox;
  zoom?: number;
  commune?: string;
  /** Enum filters the layer accepts (LayerInfo.filters), e.g. { status: ['deployed'] }. */
  filters?: Record<string, string[]>;
  /** Ask the server again rather than the browser's cache (the layer was just edited). */
  fresh?: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`API ${status}: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface Answer {
  ok: boolean;
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}

/** The answer itself, or an ApiError carrying the server's `{ error, detail }`. */
export async function checked<T extends Answer>(response: T): Promise<T> {
  if (response.ok) return response;
  let detail = response.statusText;
  try {
    const body = (await response.json()) as { detail?: unknown };
    if (typeof body.detail === 'string') detail = body.detail;
  } catch {
    // Not JSON: the status text will do.
  }
  throw new ApiError(response.status, detail);
}

export async function fetchConfig(signal?: AbortSignal): Promise<AppConfig> {
  const response = await checked(await api.config.$get(undefined, { init: { signal } }));
  return response.json();
}

export async function fetchLayers(signal?: AbortSignal): Promise<LayerInfo[]> {
  const response = await checked(await api.layers.$get(undefined, { init: { signal } }));
  return (await response.json()).layers;
}

export async function fetchCommunes(signal?: AbortSignal): Promise<CommuneSummary[]> {
  const response = await checked(await api.communes.$get(undefined, { init: { signal } }));
  return (await response.json()).communes;
}

/** Five decimals is about a metre: enough for a bbox, and keeps URLs cacheable. */
const coordinate = (value: number) => value.toFixed(5);

export async function fetchLayerData(
  layerId: string,
  query: LayerQuery,
  signal?: AbortSignal,
): Promise<LayerData> {
  const params: Record<string, string> = {};
  if (query.bbox) params.bbox = query.bbox.map(coordinate).join(',');
  if (query.zoom !== undefined) params.zoom = String(Math.round(query.zoom));
  if (query.commune) params.commune = query.commune;
  for (const [name, values] of Object.entries(query.filters ?? {})) {
    if (values.length > 0) params[name] = values.join(',');
  }
  const response = await checked(
    await api.layers[':id'].$get(
      { param: { id: layerId }, query: params },
      { init: { signal, cache: query.fresh ? 'no-cache' : 'default' } },
    ),
  );
  // The server streams the FeatureCollection PostGIS built, so the route has no JSON type.
  return (await response.json()) as LayerData;
}
