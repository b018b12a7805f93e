// The embed for communes' websites (client/src/embed/), as the server answers it on both backends:
// /embed is the one page any site may frame; every other page and the API stay framable by the app
// only; the session cookie is SameSite, and nothing the embed asks for sets a cookie.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import { createAccount } from '../auth/accounts.ts';
import { createApp } from '../app.ts';

const INDEX = '<!doctype html><html><head><title>app</title></head><body><div id="root"></div></body></html>';
const PASSWORD = 'correct horse battery';
/** What the embed of Koné asks the API for (client/src/embed/embed-api.ts). */
const EMBED_CALLS = [
  '/api/config',
  '/api/layers',
  '/api/communes',
  '/api/communes/98811',
  '/api/layers/schools?commune=98811',
  '/api/layers/fibre-zones?commune=98811',
  '/api/layers/communes?bbox=164.50000,-21.30000,165.20000,-20.80000&zoom=10',
];

const frameAncestors = (res: Response) =>
  /(?:^|; )frame-ancestors ([^;]*)/.exec(res.headers.get('Content-Security-Policy') ?? '')?.[1];

for (const backend of testBackends()) {
  describe(`the embed's framing and cookies (${backend})`, () => {
    let db: TestDatabase;
    let clientDir: string;
    let app: ReturnType<typeof createApp>['app'];

    before(async () => {
      db = await openTestDatabase(backend, 'seeded');
      clientDir = await mkdtemp(join(tmpdir(), 'nc-embed-client-'));
      await writeFile(join(clientDir, 'index.html'), INDEX);
      app = createApp(db, { clientDir }).app;
    });
    after(async () => {
      await db?.dispose();
      if (clientDir) await rm(clientDir, { recursive: true, force: true });
    });

    /** A signed-in session's cookie, as a browser would send it back, and the login's Set-Cookie. */
    let accounts = 0;
    async function signIn(): Promise<{ cookie: string; setCookie: string }> {
      accounts += 1;
      const email = `mairie-${accounts}@example.nc`;
      await createAccount(db, { email, password: PASSWORD, role: 'commune', commune: '98811' });
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      assert.equal(res.status, 200);
      const setCookie = res.headers.get('set-cookie') ?? '';
      return { cookie: setCookie.split(';')[0] ?? '', setCookie };
    }

    for (const path of ['/embed', '/embed/', '/embed?commune=98811&layers=schools&lang=en']) {
      test(`${path} is the app's page, and any site may frame it`, async () => {
        const res = await app.request(path);
        assert.equal(res.status, 200);
        assert.equal(await res.text(), INDEX);
        assert.equal(frameAncestors(res), '*');
        assert.equal(res.headers.get('X-Frame-Options'), null);
      });
    }

    for (const path of ['/', '/commune/98811', '/ici', '/donnees', '/api/config', '/api/layers/schools']) {
      test(`${path} may still be framed by the app alone`, async () => {
        const res = await app.request(path);
        assert.equal(res.status, 200);
        assert.equal(frameAncestors(res), "'self'");
      });
    }

    for (const path of ['/embedded', '/embed/98811', '/api/embed']) {
      test(`${path} is no embed: a 404, framed by the app alone`, async () => {
        const res = await app.request(path);
        assert.equal(res.status, 404);
        assert.equal(frameAncestors(res), "'self'");
      });
    }

    test('the session cookie is HttpOnly and SameSite=Lax: a frame on another site does not carry it', async () => {
      const { setCookie } = await signIn();
      assert.match(setCookie, /^session=[^;]+;/);
      assert.match(setCookie, /; SameSite=Lax(;|$)/i);
      assert.match(setCookie, /; HttpOnly(;|$)/i);
    });

    test('nothing the embed loads sets a cookie, with a session cookie sent or without', async () => {
      const { cookie } = await signIn();
      for (const path of ['/embed?commune=98811', ...EMBED_CALLS]) {
        for (const headers of [{}, { cookie }] as Record<string, string>[]) {
          const res = await app.request(path, { headers });
          assert.equal(res.status, 200, `${path} ${JSON.stringify(headers)}`);
          assert.equal(res.headers.get('set-cookie'), null, `${path} set a cookie`);
        }
      }
    });
  });
}
