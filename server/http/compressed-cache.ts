// Compressed answers kept in memory (issue 12): gzip bodies (layer views, vector tiles) keyed by
// what was asked and the data version it was built at, so that a new version simply stops being
// asked for the old keys. Bounded in bytes and in entries, least recently used first out;
// concurrent asks for one key build once; a build that fails is not kept; an empty answer (a tile
// with no feature) is kept as 0 bytes. Gzip runs on libuv's thread pool, not the event loop.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

type Bytes = Uint8Array<ArrayBuffer>;

export interface CompressedCacheOptions {
  /** All entries together stay under this many compressed bytes. */
  maxBytes: number;
  /** An answer compressing to more than this is sent but not kept. */
  maxEntryBytes: number;
  /** At most this many entries (empty ones cost a Map entry each). */
  maxEntries: number;
}

export const DEFAULT_COMPRESSED_CACHE: CompressedCacheOptions = {
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
  maxEntries: 20_000,
};

export interface CompressedEntry {
  /** The gzipped body, or 0 bytes for an empty answer. */
  gzipped: Bytes;
  /** Whether it was kept already, or being built by another ask (no build ran for this one). */
  hit: boolean;
}

async function compressed(body: string | Uint8Array): Promise<Bytes> {
  if (body.length === 0) return new Uint8Array();
  const zipped = await gzipAsync(body);
  return new Uint8Array(zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength));
}

export class CompressedCache {
  private readonly entries = new Map<string, Bytes>();
  private readonly building = new Map<string, Promise<Bytes>>();
  private bytes = 0;

  constructor(private readonly options: CompressedCacheOptions = DEFAULT_COMPRESSED_CACHE) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The kept gzip body of `key`, or the one `build()` gives, compressed and kept. */
  async entry(key: string, build: () => Promise<string | Uint8Array>): Promise<CompressedEntry> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used: to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return { gzipped: kept, hit: true };
    }
    const pending = this.building.get(key);
    if (pending) return { gzipped: await pending, hit: true };
    const work = (async () => compressed(await build()))();
    this.building.set(key, work);
    try {
      const gzipped = await work;
      this.keep(key, gzipped);
      return { gzipped, hit: false };
    } finally {
      this.building.delete(key);
    }
  }

  private keep(key: string, body: Bytes): void {
    if (body.byteLength > this.options.maxEntryBytes) return;
    this.entries.set(key, body);
    this.bytes += body.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.options.maxBytes && this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }
}
