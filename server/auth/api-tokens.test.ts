// API tokens (for QGIS, GDAL and scripts), on both backends: made by a signed-in account and shown
// once, stored as a SHA-256 only, listed without the secret, revoked by their account; accepted as
// `Bearer` and as the password of Basic auth with the account's email (never the account password);
// a bad or revoked one is a 401 with WWW-Authenticate; a token's write is not refused for its site.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { basic, bearer, madeToken } from '../../tests/support/api-tokens.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, TEST_PASSWORD, type SignedInClient } from '../../tests/support/sign-in.ts';
import { sampleFeatures } from '../../tests/fixtures/layer-features.ts';

interface Me {
  account: { email: string; role: string } | null;
}

for (const backend of testBackends()) {
  describe(`API tokens (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    let commune: SignedInClient;
    before(async () => {
      planner = await signedIn(api, 'planner@opt.nc', 'planner');
      commune = await signedIn(api, 'kone@commune.nc', 'commune', '98811');
    });
    const me = async (headers: Record<string, string>) => {
      const res = await api.request('/api/auth/me', { headers });
      return { status: res.status, body: (await res.json()) as Me & { detail?: string }, res };
    };

    test('a token is shown once at creation, and only its SHA-256 is stored', async () => {
      const res = await planner.send('POST', '/api/auth/tokens', { name: 'QGIS au bureau' });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const { token } = (await res.json()) as { token: { id: number; name: string; token: string } };
      assert.match(token.token, /^ncit_[A-Za-z0-9_-]{43}$/);
      assert.equal(token.name, 'QGIS au bureau');
      const [row] = await api.db.rows<{ token_hash: string }>(
        sql`SELECT token_hash FROM api_tokens WHERE id = ${token.id}`,
      );
      assert.equal(row?.token_hash, createHash('sha256').update(token.token).digest('base64url'));
      const list = await planner.send('GET', '/api/auth/tokens');
      const text = await list.text();
      assert.ok(!text.includes(token.token), 'the list never shows a token again');
      const { tokens } = JSON.parse(text) as { tokens: { id: number; name: string; lastUsedAt: null }[] };
      assert.deepEqual(
        tokens.filter((t) => t.id === token.id).map((t) => [t.name, t.lastUsedAt]),
        [['QGIS au bureau', null]],
      );
    });

    test('Bearer and Basic (email, token) sign a request in as the account, and the use is noted', async () => {
      const { id, token } = await madeToken(planner, 'script');
      const byBearer = await me(bearer(token));
      assert.equal(byBearer.status, 200);
      assert.equal(byBearer.body.account?.email, 'planner@opt.nc');
      const byBasic = await me(basic('Planner@opt.nc', token));
      assert.equal(byBasic.status, 200);
      assert.equal(byBasic.body.account?.role, 'planner');
      const [row] = await api.db.rows<{ used: boolean }>(
        sql`SELECT last_used_at IS NOT NULL AS used FROM api_tokens WHERE id = ${id}`,
      );
      assert.equal(row?.used, true);
    });

    test('401 with WWW-Authenticate for an unknown token, the account password, another email, or a bad header', async () => {
      const { token } = await madeToken(planner, 'wrong uses');
      for (const headers of [
        bearer(`ncit_${'x'.repeat(43)}`),
        basic('planner@opt.nc', TEST_PASSWORD),
        basic('kone@commune.nc', token),
        { authorization: 'Digest username="planner"' },
      ]) {
        const { status, body, res } = await me(headers);
        assert.equal(status, 401, JSON.stringify(headers));
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
        assert.match(body.detail ?? '', /^Authorization: /);
      }
    });

    test('a revoked token is refused; a token is revoked only by its account', async () => {
      const { id, token } = await madeToken(planner, 'to revoke');
      assert.equal((await commune.send('DELETE', `/api/auth/tokens/${id}`)).status, 404);
      assert.equal((await me(bearer(token))).status, 200);
      const revoked = await planner.send('DELETE', `/api/auth/tokens/${id}`);
      assert.equal(revoked.status, 200);
      assert.equal((await me(bearer(token))).status, 401);
      assert.equal((await planner.send('DELETE', `/api/auth/tokens/${id}`)).status, 404);
      const { tokens } = (await (await planner.send('GET', '/api/auth/tokens')).json()) as {
        tokens: { id: number; revokedAt: string | null }[];
      };
      assert.match(tokens.find((t) => t.id === id)?.revokedAt ?? '', /^\d{4}-\d\d-\d\dT/);
    });

    test('tokens are managed signed in: 401 for the public, 403 with a token, 400 naming a bad name', async () => {
      const { token } = await madeToken(commune, 'commune script');
      assert.equal((await api.request('/api/auth/tokens')).status, 401);
      const withToken = await api.request('/api/auth/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ name: 'another' }),
      });
      assert.equal(withToken.status, 403);
      const unnamed = await commune.send('POST', '/api/auth/tokens', { name: '  ' });
      assert.equal(unnamed.status, 400);
      assert.equal(((await unnamed.json()) as { parameter: string }).parameter, 'name');
    });

    test("a token's write is not refused for its site; a cookie's is", async () => {
      const { token } = await madeToken(planner, 'other site');
      const crossSite = { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' };
      const body = JSON.stringify({ type: 'Feature', ...sampleFeatures['wifi-terminals'] });
      const byToken = await api.request('/api/layers/wifi-terminals/features', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token), ...crossSite },
        body,
      });
      assert.equal(byToken.status, 201, await byToken.clone().text());
      const byCookie = await planner.send(
        'POST',
        '/api/layers/wifi-terminals/features',
        JSON.parse(body),
        crossSite,
      );
      assert.equal(byCookie.status, 403);
    });
  });
}
