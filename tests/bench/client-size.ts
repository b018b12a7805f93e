// The client's compressed size per view (issue #9): the built files (HTML, JavaScript, CSS) a browser
// asks for to show each view, as recorded by opening it, compressed from the build with Brotli
// (quality 11) and gzip (level 9), whatever the server sends. "entry" is what index.html names itself.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';

export interface ViewSize {
  view: string;
  files: number;
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

const VIEWS: { view: string; path: string }[] = [
  { view: 'map', path: '/' },
  { view: 'planning', path: '/#view=planning' },
  { view: 'commune', path: '/commune/98822' },
  { view: 'public', path: '/ici' },
];

const CLIENT_FILE = /\.(?:html|m?js|css|webmanifest)$/;

async function sizeOf(clientDir: string, view: string, paths: Iterable<string>): Promise<ViewSize> {
  const size: ViewSize = { view, files: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const path of new Set(paths)) {
    const body = await readFile(join(clientDir, path)).catch(() => null);
    if (!body) continue;
    size.files += 1;
    size.rawBytes += body.length;
    size.brotliBytes += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
    size.gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return size;
}

/** index.html and the scripts and style sheets it names. */
async function entryFiles(clientDir: string): Promise<string[]> {
  const html = await readFile(join(clientDir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
  return ['index.html', ...named.filter((path) => CLIENT_FILE.test(path)).map((path) => path.slice(1))];
}

export async function clientSizes(browser: Browser, url: string, clientDir: string): Promise<ViewSize[]> {
  const sizes = [await sizeOf(clientDir, 'entry', await entryFiles(clientDir))];
  for (const { view, path } of VIEWS) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      const asked: string[] = [];
      page.on('request', (request) => {
        const { origin, pathname } = new URL(request.url());
        if (origin === new URL(url).origin && CLIENT_FILE.test(pathname)) asked.push(pathname.slice(1));
      });
      await page.goto(`${url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      sizes.push(await sizeOf(clientDir, view, ['index.html', ...asked]));
    } finally {
      await context.close();
    }
  }
  return sizes;
}
