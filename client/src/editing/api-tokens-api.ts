// The account's API tokens (for QGIS, GDAL, scripts): listed, made (the secret comes back this
// once) and revoked through /api/auth/tokens, with the session cookie.
import { send } from './edit-api.ts';

export interface ApiToken {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function fetchTokens(): Promise<ApiToken[]> {
  return ((await (await send('/api/auth/tokens')).json()) as { tokens: ApiToken[] }).tokens;
}

export async function makeToken(name: string): Promise<ApiToken & { token: string }> {
  const response = await send('/api/auth/tokens', 'POST', { name });
  return ((await response.json()) as { token: ApiToken & { token: string } }).token;
}

export async function revokeToken(id: number): Promise<void> {
  await send(`/api/auth/tokens/${id}`, 'DELETE');
}
