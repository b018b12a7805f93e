// HTTP hygiene (issue #8): security headers, caching and validators, methods, and the built
// client's files, on the whole app in-process, over the seeded embedded database and a small
// client directory made here (the real build is checked for source maps at the end).
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ensureClientBuilt } from '../../tests/browser/client-build.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/databases.ts';
import { createApp } from '../app.ts';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head></html>';
// Over a kilobyte, so that it is worth compressing.
const SCRIPT = `export const places = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `place ${i}`))};\n`;
const FILE_TIME = new Date('2026-03-01T10:00:00Z');

let db: TestDatabase;
let clientDir: string;
let app: ReturnType<typeof createApp>['app'];

before(async () => {
  db = await openTestDatabase('embedded', 'seeded');
  clientDir = await mkdtemp(join(tmpdir(), 'nc-client-'));
  await mkdir(join(clientDir, 'assets'));
  const files: [string, string][] = [
    ['index.html', INDEX],
    ['assets/app-1a2b3c.js', SCRIPT],
    ['assets/app-1a2b3c.css', 'body{margin:0}'],
    ['service-worker.js', SCRIPT],
    ['.env', 'SECRET=1'],
  ];
  for (const [path, text] of files) {
    await writeFile(join(clientDir, path), text);
    await utimes(join(clientDir, path), FILE_TIME, FILE_TIME);
  }
  app = createApp(db, { clientDir }).app;
});

after(async () => {
  await db?.dispose();
  if (clientDir) await rm(clientDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  app.request(path, { method, headers });

describe('security headers', () => {
  const answers = [
    '/api/health',
    '/api/layers/schools',
    '/api/nothing-here',
    '/',
    '/ici',
    '/assets/app-1a2b3c.js',
    '/assets/missing.js',
  ];
  for (const path of answers) {
    test(`${path} carries the CSP, nosniff, a Referrer-Policy, a Permissions-Policy and COOP`, async () => {
      const res = await get(path);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "worker-src 'self'",
        "connect-src 'self'",
      ]) {
        assert.ok(csp.split('; ').includes(directive), `${directive} in ${csp}`);
      }
      assert.doesNotMatch(csp, /unsafe-eval/);
      assert.doesNotMatch(/script-src[^;]*/.exec(csp)?.[0] ?? '', /unsafe-inline/);
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(res.headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin');
      const permissions = res.headers.get('Permissions-Policy') ?? '';
      assert.match(permissions, /(^|, )geolocation=\(self\)/);
      assert.match(permissions, /(^|, )camera=\(\)/);
      assert.match(permissions, /(^|, )microphone=\(\)/);
      assert.equal(res.headers.get('Cross-Origin-Opener-Policy'), 'same-origin');
    });
  }

  test('the online basemap origin may be fetched when one is configured, and only its origin', async () => {
    const withBasemap = createApp(db, { basemapStyleUrl: 'https://tiles.example.org/styles/v1/style.json' });
    const csp = (await withBasemap.app.request('/api/config')).headers.get('Content-Security-Policy');
    assert.match(csp ?? '', /connect-src 'self' https:\/\/tiles\.example\.org(;|$)/);
  });
});

describe('static files', () => {
  for (const path of [
    '/assets/missing.js',
    '/assets/app-1a2b3c.js.map',
    '/favicon.png',
    '/commune/x.css',
    '/logo.svg',
  ]) {
    test(`${path}, missing, is a 404 in JSON, never index.html`, async () => {
      const res = await get(path);
      assert.equal(res.status, 404);
      assert.match(res.headers.get('Content-Type') ?? '', /^application\/json/);
      assert.equal((await res.json()).error, 'not_found');
      assert.equal(res.headers.get('Cache-Control'), 'no-store');
    });
  }

  for (const path of ['/', '/commune', '/commune/98818', '/ici', '/ici/']) {
    test(`${path}, a page of the app, is index.html, checked again before each use`, async () => {
      const res = await get(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('Content-Type') ?? '', /^text\/html/);
      assert.equal(res.headers.get('Cache-Control'), 'no-cache');
      assert.equal(await res.text(), INDEX);
    });
  }

  for (const path of [
    '/no-such-page',
    '/commune/12345',
    '/.env',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2findex.html',
  ]) {
    test(`${path} is a 404`, async () => {
      assert.equal((await get(path)).status, 404);
    });
  }

  test('a built asset is kept a year; the service worker and index.html are checked again', async () => {
    assert.equal(
      (await get('/assets/app-1a2b3c.js')).headers.get('Cache-Control'),
      'public, max-age=31536000, immutable',
    );
    assert.equal((await get('/service-worker.js')).headers.get('Cache-Control'), 'no-cache');
    assert.equal((await get('/index.html')).headers.get('Cache-Control'), 'no-cache');
  });

  test('text files are compressed with br or gzip as the client accepts, each with its own ETag', async () => {
    const path = '/assets/app-1a2b3c.js';
    const plain = await get(path);
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    const gz = await get(path, { 'Accept-Encoding': 'gzip' });
    const refused = await get(path, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(await plain.text(), SCRIPT);
    assert.equal(br.headers.get('Content-Encoding'), 'br');
    assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), SCRIPT);
    assert.equal(gz.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), SCRIPT);
    assert.equal(refused.headers.get('Content-Encoding'), null);
    for (const res of [plain, br, gz, refused]) assert.equal(res.headers.get('Vary'), 'Accept-Encoding');
    const tags = new Set([plain, br, gz].map((res) => res.headers.get('ETag')));
    assert.equal(tags.size, 3);
  });

  for (const encoding of ['identity', 'br', 'gzip']) {
    test(`If-None-Match with the ETag of the ${encoding} answer: 304 with that same ETag`, async () => {
      const first = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': encoding });
      const tag = first.headers.get('ETag');
      assert.match(tag ?? '', /^"[^"]+"$/);
      const again = await get('/assets/app-1a2b3c.js', {
        'Accept-Encoding': encoding,
        'If-None-Match': tag ?? '',
      });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('ETag'), tag);
      assert.equal(again.headers.get('Cache-Control'), first.headers.get('Cache-Control'));
      assert.equal(again.headers.get('Vary'), 'Accept-Encoding');
      assert.equal(await again.text(), '');
    });
  }

  test('If-Modified-Since: 304 from the file time on, 200 before it; If-None-Match wins over it', async () => {
    const first = await get('/');
    assert.equal(first.headers.get('Last-Modified'), FILE_TIME.toUTCString());
    assert.equal((await get('/', { 'If-Modified-Since': FILE_TIME.toUTCString() })).status, 304);
    const later = new Date(FILE_TIME.getTime() + 60_000).toUTCString();
    assert.equal((await get('/', { 'If-Modified-Since': later })).status, 304);
    const earlier = new Date(FILE_TIME.getTime() - 1000).toUTCString();
    assert.equal((await get('/', { 'If-Modified-Since': earlier })).status, 200);
    assert.equal((await get('/', { 'If-Modified-Since': 'yesterday' })).status, 200);
    const stale = { 'If-None-Match': '"other"', 'If-Modified-Since': later };
    assert.equal((await get('/', stale)).status, 200);
  });

  test('HEAD answers the headers of GET with no body', async () => {
    const full = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'br' });
    const head = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    for (const name of [
      'ETag',
      'Content-Type',
      'Content-Encoding',
      'Content-Length',
      'Last-Modified',
      'Cache-Control',
    ]) {
      assert.equal(head.headers.get(name), full.headers.get(name), name);
    }
    assert.equal(await head.text(), '');
  });

  test('a file asked with another method than GET or HEAD: 405 with Allow; OPTIONS: 204', async () => {
    const post = await get('/assets/app-1a2b3c.js', {}, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('Allow'), 'GET, HEAD, OPTIONS');
    assert.equal((await post.json()).error, 'method_not_allowed');
    const options = await get('/ici', {}, 'OPTIONS');
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('Allow'), 'GET, HEAD, OPTIONS');
  });
});

describe('API methods', () => {
  const wrong: [method: string, path: string, allow: string][] = [
    ['POST', '/api/layers/schools', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/health', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/communes/98818', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/gaps/area', 'POST, OPTIONS'],
    ['PATCH', '/api/gaps/area', 'POST, OPTIONS'],
  ];
  for (const [method, path, allow] of wrong) {
    test(`${method} ${path}: 405, Allow: ${allow}, JSON`, async () => {
      const res = await get(path, {}, method);
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('Allow'), allow);
      const body = (await res.json()) as { error: string; detail: string };
      assert.equal(body.error, 'method_not_allowed');
      assert.match(body.detail, new RegExp(`${method} is not allowed`));
      assert.equal(res.headers.get('Cache-Control'), 'no-store');
    });
  }

  for (const [path, allow] of [
    ['/api/layers/schools', 'GET, HEAD, OPTIONS'],
    ['/api/gaps/area', 'POST, OPTIONS'],
  ]) {
    test(`OPTIONS ${path}: 204 with Allow: ${allow}`, async () => {
      const res = await get(path ?? '', {}, 'OPTIONS');
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('Allow'), allow);
      assert.equal(await res.text(), '');
    });
  }

  for (const method of ['GET', 'POST', 'OPTIONS']) {
    test(`${method} on an unknown API path stays 404`, async () => {
      assert.equal((await get('/api/nothing-here', {}, method)).status, 404);
    });
  }
});

describe('API caching', () => {
  const answers: [path: string, cacheControl: string][] = [
    ['/api/health', 'no-store'],
    ['/api/config', 'no-cache'],
    ['/api/layers', 'no-cache'],
    ['/api/layers/schools', 'public, max-age=60'],
    ['/api/communes', 'no-cache'],
    ['/api/stats/communes', 'no-cache'],
    ['/api/search?q=kone', 'no-cache'],
    ['/api/layers/nope', 'no-store'],
    ['/api/layers/schools?zoom=99', 'no-store'],
  ];
  for (const [path, cacheControl] of answers) {
    test(`${path} says how long it may be kept: ${cacheControl}`, async () => {
      assert.equal((await get(path)).headers.get('Cache-Control'), cacheControl);
    });
  }

  for (const encoding of ['identity', 'gzip']) {
    test(`If-None-Match on an API answer (${encoding}): 304 with the ETag of the 200, Vary kept`, async () => {
      const first = await get('/api/layers/schools', { 'Accept-Encoding': encoding });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('Content-Encoding'), encoding === 'gzip' ? 'gzip' : null);
      const tag = first.headers.get('ETag') ?? '';
      assert.match(tag, /^W\/"[^"]+"$/);
      const again = await get('/api/layers/schools', { 'Accept-Encoding': encoding, 'If-None-Match': tag });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('ETag'), tag);
      assert.equal(again.headers.get('Cache-Control'), 'public, max-age=60');
      for (const res of [first, again]) assert.equal(res.headers.get('Vary'), 'Accept-Encoding');
    });
  }

  test('HEAD on an API answer: the headers, the same ETag, no body', async () => {
    const full = await get('/api/layers/schools');
    const head = await get('/api/layers/schools', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('ETag'), full.headers.get('ETag'));
    assert.equal(head.headers.get('Content-Type'), full.headers.get('Content-Type'));
    assert.equal(await head.text(), '');
  });
});

describe('the production build', () => {
  // MapLibre's worker is copied as published and names its map; that map is not copied, so it 404s.
  test('publishes no source maps', async () => {
    await ensureClientBuilt();
    const built = new URL('../../dist/client', import.meta.url).pathname;
    const files = await readdir(built, { recursive: true });
    assert.deepEqual(
      files.filter((f) => f.endsWith('.map')),
      [],
    );
    const inlined = [];
    for (const file of files.filter((f) => /\.m?js$/.test(f))) {
      if ((await readFile(join(built, file), 'utf8')).includes('sourceMappingURL=data:')) inlined.push(file);
    }
    assert.deepEqual(inlined, []);
  });
});
