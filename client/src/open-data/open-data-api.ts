// GET /api/opendata through Hono's typed client: every layer with its feature count, date,
// licence, sample flag and downloads (format, CRS, URL, size in bytes).
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../server/app.ts';
import { checked } from '../api.ts';

const api = hc<AppType>('/api');

export type OpenDataList = InferResponseType<typeof api.opendata.$get, 200>;
export type Dataset = OpenDataList['datasets'][number];
export type Download = Dataset['downloads'][number];

export async function fetchOpenData(signal?: AbortSignal): Promise<OpenDataList> {
  const response = await checked(await api.opendata.$get(undefined, { init: { signal } }));
  return response.json();
}
