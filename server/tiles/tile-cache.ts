// Encoded tiles kept in memory, gzipped, keyed by layers + z/x/y + the data version they were
// encoded at (Martin keeps such a cache too): an edit makes a new version, so the old entries are
// simply no longer asked for and age out. Bounded in bytes and entries, least recently used out
// first; concurrent asks for one tile encode it once; a failed encoding is not kept. An empty
// tile is kept as 0 bytes.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface TileCacheOptions {
  /** All kept tiles together stay under this many gzipped bytes. */
  maxBytes: number;
  /** At most this many tiles are kept (empty ones cost a Map entry each). */
  maxEntries: number;
}

export const DEFAULT_TILE_CACHE: TileCacheOptions = { maxBytes: 32 * 1024 * 1024, maxEntries: 20_000 };

type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedTile {
  /** The gzipped MVT, or 0 bytes for a tile with no feature. */
  gzipped: Bytes;
  /** Whether it was kept already (no tile query ran). */
  hit: boolean;
}

export class TileCache {
  private readonly entries = new Map<string, Bytes>();
  private readonly encoding = new Map<string, Promise<Bytes>>();
  private bytes = 0;

  constructor(private readonly options: TileCacheOptions = DEFAULT_TILE_CACHE) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The kept tile of `key`, or the one `encode()` gives, gzipped and kept. */
  async tile(key: string, encode: () => Promise<Uint8Array>): Promise<CachedTile> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used: to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return { gzipped: kept, hit: true };
    }
    const pending = this.encoding.get(key);
    if (pending) return { gzipped: await pending, hit: true };
    const work = (async () => {
      const raw = await encode();
      return raw.byteLength === 0 ? new Uint8Array() : new Uint8Array(await gzipAsync(raw));
    })();
    this.encoding.set(key, work);
    try {
      const gzipped = await work;
      this.keep(key, gzipped);
      return { gzipped, hit: false };
    } finally {
      this.encoding.delete(key);
    }
  }

  private keep(key: string, body: Bytes): void {
    if (body.byteLength > this.options.maxBytes) return;
    this.entries.set(key, body);
    this.bytes += body.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.options.maxBytes && this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }
}
