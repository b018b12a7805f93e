// Compressed answers kept for the common views (issue 12): gzip bodies keyed by what was asked and
// the data version it was built at, so that a new version simply stops being asked for the old
// keys. Bounded in bytes, least recently used first out; concurrent asks for one key build once;
// a build that fails is not kept. Gzip runs on libuv's thread pool, not the event loop.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface CompressedCacheOptions {
  /** All entries together stay under this many compressed bytes. */
  maxBytes: number;
  /** An answer compressing to more than this is sent but not kept. */
  maxEntryBytes: number;
}

export const DEFAULT_COMPRESSED_CACHE: CompressedCacheOptions = {
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
};

export class CompressedCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();
  private readonly building = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  private bytes = 0;

  constructor(private readonly options: CompressedCacheOptions = DEFAULT_COMPRESSED_CACHE) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The kept gzip body of `key`, or the one `build()` gives, compressed and kept. */
  async gzipped(key: string, build: () => Promise<string>): Promise<Uint8Array<ArrayBuffer>> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used: to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const pending = this.building.get(key);
    if (pending) return pending;
    const work = (async () => {
      const zipped = await gzipAsync(await build());
      return new Uint8Array(
        zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength),
      ) as Uint8Array<ArrayBuffer>;
    })();
    this.building.set(key, work);
    try {
      const body = await work;
      this.keep(key, body);
      return body;
    } finally {
      this.building.delete(key);
    }
  }

  private keep(key: string, body: Uint8Array<ArrayBuffer>): void {
    if (body.byteLength > this.options.maxEntryBytes) return;
    this.entries.set(key, body);
    this.bytes += body.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }
}
