// The build's precompressed twins (issue #9): static-files.ts sends `x.js.br` / `x.js.gz` as they are
// when the client accepts that encoding, never a twin older than its file, and compresses at run
// time when there is none. The web app manifest goes out with its own media type.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../../client/vite-precompress.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/databases.ts';
import { createApp } from '../app.ts';

const text = (name: string) =>
  `export const ${name} = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `${name} ${i}`))};\n`;
const MANIFEST = JSON.stringify({ name: 'Près de moi', start_url: '/ici', padding: 'x'.repeat(1200) });

let db: TestDatabase;
let clientDir: string;
let app: ReturnType<typeof createApp>['app'];

before(async () => {
  db = await openTestDatabase('embedded', 'seeded');
  clientDir = await mkdtemp(join(tmpdir(), 'nc-client-'));
  await mkdir(join(clientDir, 'assets'));
  await writeFile(join(clientDir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(clientDir, 'assets/fresh.js'), text('fresh'));
  await writeFile(join(clientDir, 'assets/stale.js'), text('old'));
  await writeFile(join(clientDir, 'manifest.webmanifest'), MANIFEST);
  await precompressDir(clientDir);
  // stale.js changed after the build compressed it: its twins say "old".
  await writeFile(join(clientDir, 'assets/stale.js'), text('stale'));
  const later = new Date(Date.now() + 60_000);
  await utimes(join(clientDir, 'assets/stale.js'), later, later);
  await writeFile(join(clientDir, 'assets/alone.js'), text('alone'));
  app = createApp(db, { clientDir }).app;
});

after(async () => {
  await db?.dispose();
  if (clientDir) await rm(clientDir, { recursive: true, force: true });
});

const get = (path: string, acceptEncoding: string) =>
  app.request(path, { headers: { 'Accept-Encoding': acceptEncoding } });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('precompressed client files', () => {
  for (const [encoding, accept, ext] of [
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip', 'gz'],
  ] as const) {
    test(`a file with its .${ext} twin is sent as that twin, byte for byte, with Vary`, async () => {
      const res = await get('/assets/fresh.js', accept);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Content-Encoding'), encoding);
      assert.equal(res.headers.get('Vary'), 'Accept-Encoding');
      assert.equal(res.headers.get('Content-Type'), 'text/javascript; charset=utf-8');
      const body = await bytes(res);
      assert.deepEqual(body, await readFile(join(clientDir, `assets/fresh.js.${ext}`)));
      assert.equal(res.headers.get('Content-Length'), String(body.length));
    });
  }

  test('a twin older than its file is not sent: the file is compressed as it is now', async () => {
    const res = await get('/assets/stale.js', 'br');
    assert.equal(res.headers.get('Content-Encoding'), 'br');
    assert.equal(brotliDecompressSync(await bytes(res)).toString(), text('stale'));
  });

  test('a file without twins is compressed at run time', async () => {
    const res = await get('/assets/alone.js', 'gzip');
    assert.equal(res.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gunzipSync(await bytes(res)).toString(), text('alone'));
  });

  test('without Accept-Encoding the file itself is sent', async () => {
    const res = await app.request('/assets/fresh.js');
    assert.equal(res.headers.get('Content-Encoding'), null);
    assert.equal(await res.text(), text('fresh'));
  });

  test('the web app manifest is application/manifest+json, compressed too', async () => {
    const res = await get('/manifest.webmanifest', 'br');
    assert.equal(res.headers.get('Content-Type'), 'application/manifest+json; charset=utf-8');
    assert.equal(res.headers.get('Content-Encoding'), 'br');
    assert.equal(brotliDecompressSync(await bytes(res)).toString(), MANIFEST);
  });
});
