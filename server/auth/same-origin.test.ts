// The write checks over a real socket (node's HTTP server, as in production), where every request
// but GET and HEAD carries a body stream: a DELETE with no body needs no Content-Type, one with a
// body in another type is refused, and a cross-site one is refused before anything is read.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serveApp, type ServedApp } from '../../tests/support/http-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/databases.ts';
import { sampleFeatures } from '../../tests/fixtures/layer-features.ts';
import { createAccount } from './accounts.ts';

const PASSWORD = 'correct horse battery';

describe('writes over HTTP: the type a DELETE needs', () => {
  let db: TestDatabase;
  let app: ServedApp;
  let cookie = '';
  before(async () => {
    db = await openTestDatabase('embedded', 'seeded');
    app = await serveApp(db);
    await createAccount(db, { email: 'planner@opt.nc', password: PASSWORD, role: 'planner', commune: null });
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'planner@opt.nc', password: PASSWORD }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  });
  after(async () => {
    await app?.close();
    await db?.dispose();
  });

  const newTerminal = async () => {
    const res = await fetch(`${app.url}/api/layers/wifi-terminals/features`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ type: 'Feature', ...sampleFeatures['wifi-terminals'] }),
    });
    assert.equal(res.status, 201);
    return ((await res.json()) as { id: number }).id;
  };

  test('a DELETE without a body and without Content-Type is taken', async () => {
    const id = await newTerminal();
    const res = await fetch(`${app.url}/api/layers/wifi-terminals/features/${id}`, {
      method: 'DELETE',
      headers: { cookie, 'if-match': '"v1"' },
    });
    assert.equal(res.status, 200, await res.clone().text());
  });

  test('a DELETE with a body that is not JSON, or from another site, is refused', async () => {
    const id = await newTerminal();
    const typed = await fetch(`${app.url}/api/layers/wifi-terminals/features/${id}`, {
      method: 'DELETE',
      headers: { cookie, 'if-match': '"v1"', 'content-type': 'text/plain' },
      body: 'delete it',
    });
    assert.equal(typed.status, 415);
    const crossSite = await fetch(`${app.url}/api/layers/wifi-terminals/features/${id}`, {
      method: 'DELETE',
      headers: { cookie, 'if-match': '"v1"', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403);
    const still = await fetch(`${app.url}/api/layers/wifi-terminals/features/${id}`);
    assert.equal(still.status, 200, 'the terminal is still there');
  });
});
