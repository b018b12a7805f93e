// The built client: its files, and index.html for the app's own pages (issue #8).
// - a missing file is a 404, never index.html: a .js that is not there must not come back as HTML
//   with a year of caching;
// - built assets (/assets/, names carry a content hash) are kept a year, everything else
//   (index.html, the service worker) is checked again before each use;
// - ETag and Last-Modified, answered with 304 on If-None-Match / If-Modified-Since;
// - text files sent compressed (br, else gzip): the build's precompressed twins (`x.js.br`,
//   `x.js.gz`, client/vite-precompress.ts) when they are there and not older than the file (issue
//   #9), else compressed here once per file and kept in memory.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, Handler } from 'hono';
import { errorBody, onNotFound } from '../errors.ts';
import { REVALIDATE } from './cache-control.ts';

/** The app's pages (client/src/url-state.ts reads them): `/`, `/commune`, `/commune/98818`, `/ici`,
 * `/demandes`, `/donnees`, `/import`; and `/embed`, the frame for communes' websites (client/src/embed/). */
const APP_PAGES = /^\/(?:commune(?:\/988\d{2})?|ici|demandes|donnees|import|embed)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const METHODS = 'GET, HEAD, OPTIONS';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/** Below this, compressing saves less than the header costs. */
const MIN_COMPRESSED_SIZE = 1024;

type Encoding = 'br' | 'gzip';
const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 9: 130 ms for the map chunk, once; 11 would take 2 s for 10 % less.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

interface StaticFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  /** Strong validator of the identity body; each encoding gets its own (`"…-br"`). */
  hash: string;
  lastModified: string;
  encoded: Map<Encoding, Promise<Buffer>>;
}

/** The encoding the client prefers among those we make (br first on equal q), or null. */
function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(token.trim(), weight === undefined ? 1 : Number(weight));
  }
  const weightOf = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  return (['br', 'gzip'] as const).reduce<Encoding | null>(
    (chosen, e) => (weightOf(e) > 0 && (!chosen || weightOf(e) > weightOf(chosen)) ? e : chosen),
    null,
  );
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly, `*` matches any current representation. */
function noneMatch(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, '') === etag);
}

/** RFC 9110 §13.1.3, used only without If-None-Match: unchanged since the date the client has. */
function notModifiedSince(header: string | undefined, lastModified: string): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Date.parse(lastModified) <= since;
}

/** The build's twin of `file` in that encoding (`.br`, `.gz`), unless missing or older than the file. */
async function precompressed(file: string, encoding: Encoding, entry: StaticFile): Promise<Buffer | null> {
  const twin = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const info = await stat(twin).catch(() => null);
  if (!info?.isFile() || info.mtimeMs < entry.mtimeMs) return null;
  return readFile(twin).catch(() => null);
}

/** The file under `root` that a request path names, or null when the path may not name one. */
function fileOf(root: string, path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  // Dot segments (decoded %2e%2e included) and hidden files never leave or peek into the root.
  if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return null;
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * The handler serving the built client in `clientDir`: register it last, for every method, on
 * every path the API does not own.
 */
export function staticFiles(clientDir: string): Handler {
  const root = resolve(clientDir);
  const cache = new Map<string, StaticFile>();

  async function load(file: string): Promise<StaticFile | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const kept = cache.get(file);
    if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept;
    const body = await readFile(file);
    const loaded: StaticFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body,
      hash: createHash('sha256').update(body).digest('base64url').slice(0, 22),
      lastModified: new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString(),
      encoded: new Map(),
    };
    cache.set(file, loaded);
    return loaded;
  }

  async function answer(c: Context, file: string, entry: StaticFile, cacheControl: string) {
    const ext = extname(file).toLowerCase();
    const compressible = COMPRESSIBLE.has(ext);
    const encoding =
      compressible && entry.size >= MIN_COMPRESSED_SIZE
        ? chooseEncoding(c.req.header('Accept-Encoding'))
        : null;
    const etag = `"${entry.hash}${encoding ? `-${encoding}` : ''}"`;
    const headers: Record<string, string> = {
      'Cache-Control': cacheControl,
      ETag: etag,
      'Last-Modified': entry.lastModified,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    const ifNoneMatch = c.req.header('If-None-Match');
    const fresh =
      ifNoneMatch !== undefined
        ? noneMatch(ifNoneMatch, etag)
        : notModifiedSince(c.req.header('If-Modified-Since'), entry.lastModified);
    if (fresh) return new Response(null, { status: 304, headers });

    let body = entry.body;
    if (encoding) {
      let pending = entry.encoded.get(encoding);
      if (!pending) {
        pending = precompressed(file, encoding, entry).then(
          (twin) => twin ?? compressors[encoding](entry.body),
        );
        entry.encoded.set(encoding, pending);
      }
      body = await pending;
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Type'] = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    headers['Content-Length'] = String(body.length);
    // HEAD: the same headers, no body (hono drops it too; this spares the copy).
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  }

  return async (c) => {
    const path = c.req.path;
    const file = fileOf(root, path);
    const entry = file ? await load(file) : null;
    const page = !entry && APP_PAGES.test(path.replace(/\/+$/, '') || '/');
    if (!entry && !page) return onNotFound(c);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: METHODS });
      const detail = `${c.req.method} is not allowed on ${path}; allowed: ${METHODS}`;
      return c.json(errorBody(405, detail), 405, { Allow: METHODS });
    }
    if (entry && file) {
      return answer(c, file, entry, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
    const index = join(root, 'index.html');
    const indexEntry = await load(index);
    if (!indexEntry) return onNotFound(c);
    return answer(c, index, indexEntry, REVALIDATE);
  };
}
