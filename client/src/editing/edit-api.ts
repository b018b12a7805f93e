// The editing API (same origin, under /api): sign-in, a feature of any editable layer with its
// version (ETag), its creation, changes (properties, geometry or both) and deletion with If-Match,
// its history and restores. Plain fetch: the answers that matter here (412's `current`, 400's
// `parameter`, the ETag) are outside Hono's typed client.
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Role = 'admin' | 'planner' | 'commune';
export interface Account {
  id: number;
  email: string;
  role: Role;
  commune: string | null;
}

export type Position = [lon: number, lat: number];
/** What an edited feature is drawn as: areas are sent as a Polygon or MultiPolygon, come back multi. */
export type EditGeometry = Point | LineString | Polygon | MultiPolygon;
export interface EditedFeature {
  type?: 'Feature';
  id: number;
  geometry: EditGeometry;
  properties: Record<string, unknown> & { id: number; version: number; communeName?: string | null };
}
/** A change to send: any of the properties, the geometry, or both. */
export interface FeatureChange {
  properties?: Record<string, unknown>;
  geometry?: EditGeometry;
}
export interface HistoryState {
  geometry: unknown;
  properties: Record<string, unknown>;
}
export interface HistoryEntry {
  id: number;
  operation: 'create' | 'update' | 'delete';
  version: number;
  at: string;
  via: string;
  author: string | null;
  before: HistoryState | null;
  after: HistoryState | null;
}

/** A refusal of the server: its status, its `detail`, and the rest of its body. */
export class EditError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly parameter: string | null,
    /** On 412: the feature as it stands now. */
    readonly current: EditedFeature | null,
  ) {
    super(`API ${status}: ${detail}`);
    this.name = 'EditError';
  }
}

const features = (layer: string) => `/api/layers/${encodeURIComponent(layer)}/features`;
export const etagOf = (version: number) => `"v${version}"`;
/** Makes the error of a refusal from its status, `detail`, `parameter` and 412's `current`. */
export type Refusal = (status: number, detail: string, parameter: string | null, current: unknown) => Error;

const editRefusal: Refusal = (status, detail, parameter, current) =>
  new EditError(status, detail, parameter, current as EditedFeature | null);

/**
 * One request of the write endpoints, with If-Match when a version is given; a refusal is thrown
 * as `refusal` makes it, from the JSON error body (projects make their own error, features this one).
 */
export async function send(
  path: string,
  method = 'GET',
  body?: unknown,
  ifMatch?: number,
  refusal: Refusal = editRefusal,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = etagOf(ifMatch);
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.ok) return response;
  let answer: { detail?: unknown; parameter?: unknown; current?: unknown } = {};
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    // Not JSON: the status text will do.
  }
  throw refusal(
    response.status,
    typeof answer.detail === 'string' ? answer.detail : response.statusText,
    typeof answer.parameter === 'string' ? answer.parameter : null,
    answer.current && typeof answer.current === 'object' ? answer.current : null,
  );
}

/** The feature or project of an answer, at the version its ETag names (`"v3"`). */
export async function withVersion<T extends { properties: { version: number } }>(
  response: Response,
): Promise<T> {
  const versioned = (await response.json()) as T;
  const tag = /^"v(\d+)"$/.exec(response.headers.get('etag') ?? '');
  if (tag) versioned.properties.version = Number(tag[1]);
  return versioned;
}

const featureOf = (response: Response) => withVersion<EditedFeature>(response);

export async function fetchMe(): Promise<Account | null> {
  const answer = (await (await send('/api/auth/me')).json()) as { account: Account | null };
  return answer.account;
}

export async function signIn(email: string, password: string): Promise<Account> {
  const response = await send('/api/auth/login', 'POST', { email, password });
  return ((await response.json()) as { account: Account }).account;
}

export async function signOut(): Promise<void> {
  await send('/api/auth/logout', 'POST', {});
}

export async function fetchFeature(layer: string, id: number): Promise<EditedFeature> {
  return featureOf(await send(`${features(layer)}/${id}`));
}

export async function createFeature(
  layer: string,
  geometry: EditGeometry,
  properties: Record<string, unknown>,
): Promise<EditedFeature> {
  return featureOf(await send(features(layer), 'POST', { type: 'Feature', geometry, properties }));
}

export async function changeFeature(
  layer: string,
  id: number,
  version: number,
  change: FeatureChange,
): Promise<EditedFeature> {
  return featureOf(await send(`${features(layer)}/${id}`, 'PATCH', change, version));
}

export async function deleteFeature(layer: string, id: number, version: number): Promise<void> {
  await send(`${features(layer)}/${id}`, 'DELETE', undefined, version);
}

export async function fetchHistory(layer: string, id: number): Promise<HistoryEntry[]> {
  const answer = (await (await send(`${features(layer)}/${id}/history`)).json()) as {
    history: HistoryEntry[];
  };
  return answer.history;
}

export async function restoreVersion(
  layer: string,
  id: number,
  historyId: number,
  version: number,
): Promise<EditedFeature> {
  return featureOf(await send(`${features(layer)}/${id}/restore`, 'POST', { historyId }, version));
}

/** A feature deleted and not restored since, with the history entry of its deletion. */
export interface DeletedFeature {
  historyId: number;
  featureId: number;
  version: number;
  at: string;
  author: string | null;
  feature: { properties: Record<string, unknown> } | null;
}

export async function fetchDeleted(layer: string): Promise<DeletedFeature[]> {
  return (
    (await (await send(`/api/layers/${encodeURIComponent(layer)}/deleted`)).json()) as {
      deleted: DeletedFeature[];
    }
  ).deleted;
}

/** Brings a deleted feature back as its deletion left it (it has no version to name). */
export async function restoreDeleted(layer: string, id: number, historyId: number): Promise<EditedFeature> {
  return featureOf(await send(`${features(layer)}/${id}/restore`, 'POST', { historyId }));
}
