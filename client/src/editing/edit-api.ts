// The editing API (same origin, under /api): sign-in, the Wi-Fi terminal of a map feature with its
// version (ETag), its changes with If-Match, its history and restores. Plain fetch: the answers
// that matter here (412's `current`, 400's `parameter`, the ETag) are outside Hono's typed client.
import type { WifiTerminalProperties } from '../../../server/edits/feature-payloads.ts';

export type Role = 'admin' | 'planner' | 'commune';
export interface Account {
  id: number;
  email: string;
  role: Role;
  commune: string | null;
}

export type Position = [lon: number, lat: number];
export interface WifiFeature {
  type?: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: Position };
  properties: WifiTerminalProperties & { id: number; version: number; communeName?: string | null };
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
    readonly current: WifiFeature | null,
  ) {
    super(`API ${status}: ${detail}`);
    this.name = 'EditError';
  }
}

const FEATURES = '/api/layers/wifi-terminals/features';
export const etagOf = (version: number) => `"v${version}"`;

async function send(path: string, method = 'GET', body?: unknown, ifMatch?: number): Promise<Response> {
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
  throw new EditError(
    response.status,
    typeof answer.detail === 'string' ? answer.detail : response.statusText,
    typeof answer.parameter === 'string' ? answer.parameter : null,
    answer.current && typeof answer.current === 'object' ? (answer.current as WifiFeature) : null,
  );
}

/** The feature of an answer, at the version its ETag names (`"v3"`). */
async function featureOf(response: Response): Promise<WifiFeature> {
  const feature = (await response.json()) as WifiFeature;
  const tag = /^"v(\d+)"$/.exec(response.headers.get('etag') ?? '');
  if (tag) feature.properties.version = Number(tag[1]);
  return feature;
}

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

export async function fetchWifiTerminal(id: number): Promise<WifiFeature> {
  return featureOf(await send(`${FEATURES}/${id}`));
}

export async function createWifiTerminal(
  position: Position,
  properties: WifiTerminalProperties,
): Promise<WifiFeature> {
  const body = { type: 'Feature', geometry: { type: 'Point', coordinates: position }, properties };
  return featureOf(await send(FEATURES, 'POST', body));
}

export async function changeWifiTerminal(
  id: number,
  version: number,
  properties: Partial<WifiTerminalProperties>,
): Promise<WifiFeature> {
  const response = await send(`${FEATURES}/${id}`, 'PATCH', { properties }, version);
  return featureOf(response);
}

export async function fetchHistory(id: number): Promise<HistoryEntry[]> {
  const answer = (await (await send(`${FEATURES}/${id}/history`)).json()) as { history: HistoryEntry[] };
  return answer.history;
}

export async function restoreVersion(id: number, historyId: number, version: number): Promise<WifiFeature> {
  const response = await send(`${FEATURES}/${id}/restore`, 'POST', { historyId }, version);
  return featureOf(response);
}
