// An account of a role made and signed in through the real login endpoint, for API tests: the
// cookie to send, and a request helper that sends it with a JSON body.
import assert from 'node:assert/strict';
import { createAccount } from '../../server/auth/accounts.ts';
import type { ApiUnderTest } from './api.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface SignedInClient {
  cookie: string;
  /** `method path` with a JSON body (when given) and the account's cookie. */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function signedIn(
  api: ApiUnderTest,
  email: string,
  role: 'admin' | 'planner' | 'commune',
  commune: string | null = null,
): Promise<SignedInClient> {
  await createAccount(api.db, { email, password: TEST_PASSWORD, role, commune });
  const res = await api.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  assert.equal(res.status, 200, `signing in as ${email}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    cookie,
    send: (method, path, body, headers = {}) =>
      api.request(path, {
        method,
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: body === undefined ? null : JSON.stringify(body),
      }),
  };
}
