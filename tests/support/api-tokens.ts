// API tokens for tests: one made through the real endpoint by a signed-in account, and the
// Authorization headers a program sends with it (Bearer, or Basic with the account's email).
import assert from 'node:assert/strict';
import type { SignedInClient } from './sign-in.ts';

export interface MadeToken {
  id: number;
  token: string;
}

export async function madeToken(client: SignedInClient, name = 'test client'): Promise<MadeToken> {
  const res = await client.send('POST', '/api/auth/tokens', { name });
  assert.equal(res.status, 201, `making the API token ${name}: ${await res.clone().text()}`);
  const { token } = (await res.json()) as { token: MadeToken };
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const basic = (email: string, secret: string) => ({
  authorization: `Basic ${Buffer.from(`${email}:${secret}`).toString('base64')}`,
});
