// The embed's calls to the API, through Hono's typed client with `credentials: 'omit'`: a frame on a
// commune's website reads public data only, so it never sends the reader's session cookie, even
// when the framing page is on the same site as the map.
import { hc } from 'hono/client';
import type { AppType } from '../../../server/app.ts';
import {
  checked,
  type AppConfig,
  type CommuneSummary,
  type LayerData,
  type LayerInfo,
  type LayerQuery,
} from '../api.ts';
import type { CommuneOutline } from '../commune/commune-api.ts';

const api = hc<AppType>('/api', { init: { credentials: 'omit' } });

export interface EmbedData {
  config: AppConfig;
  layers: LayerInfo[];
  communes: CommuneSummary[];
}

async function fetchConfig(signal: AbortSignal): Promise<AppConfig> {
  return (await checked(await api.config.$get(undefined, { init: { signal } }))).json();
}

async function fetchLayers(signal: AbortSignal): Promise<LayerInfo[]> {
  return (await (await checked(await api.layers.$get(undefined, { init: { signal } }))).json()).layers;
}

async function fetchCommunes(signal: AbortSignal): Promise<CommuneSummary[]> {
  return (await (await checked(await api.communes.$get(undefined, { init: { signal } }))).json()).communes;
}

/** What the frame needs before it can say anything: configuration, layer catalogue, communes. */
export async function fetchEmbedData(signal: AbortSignal): Promise<EmbedData> {
  const [config, layers, communes] = await Promise.all([
    fetchConfig(signal),
    fetchLayers(signal),
    fetchCommunes(signal),
  ]);
  return { config, layers, communes };
}

export async function fetchEmbedOutline(insee: string, signal: AbortSignal): Promise<CommuneOutline> {
  const response = await checked(
    await api.communes[':insee'].$get({ param: { insee } }, { init: { signal } }),
  );
  return (await response.json()) as CommuneOutline;
}

/** A layer's features: one commune's, or (the basemap's land) those in a view at its zoom. */
export async function fetchEmbedLayer(
  layerId: string,
  query: Pick<LayerQuery, 'bbox' | 'zoom' | 'commune'>,
  signal: AbortSignal,
): Promise<LayerData> {
  const params: Record<string, string> = {};
  if (query.bbox) params.bbox = query.bbox.map((value) => value.toFixed(5)).join(',');
  if (query.zoom !== undefined) params.zoom = String(Math.round(query.zoom));
  if (query.commune) params.commune = query.commune;
  const response = await checked(
    await api.layers[':id'].$get({ param: { id: layerId }, query: params }, { init: { signal } }),
  );
  // The server streams the FeatureCollection PostGIS built, so the route has no JSON type.
  return (await response.json()) as LayerData;
}
