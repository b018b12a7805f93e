// The tile cache on its own: kept tiles come back without encoding, the least recently used go
// first past the byte or entry bound, concurrent asks encode once, failures are not kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { TileCache } from './tile-cache.ts';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
/** Random bytes: gzip cannot shrink them, so their gzipped size is known within a few dozen bytes. */
const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(Math.random() * 256));

test('a kept tile comes back gzipped without encoding again', async () => {
  const cache = new TileCache();
  let encoded = 0;
  const encode = async () => (encoded++, bytes(1000));
  const first = await cache.tile('a/1/0/0@v1', encode);
  const second = await cache.tile('a/1/0/0@v1', encode);
  assert.equal(encoded, 1);
  assert.deepEqual([first.hit, second.hit], [false, true]);
  assert.deepEqual(new Uint8Array(gunzipSync(second.gzipped)), bytes(1000));
});

test('another data version is another tile', async () => {
  const cache = new TileCache();
  await cache.tile('a/1/0/0@v1', async () => bytes(10, 1));
  const next = await cache.tile('a/1/0/0@v2', async () => bytes(10, 2));
  assert.equal(next.hit, false);
  assert.deepEqual(new Uint8Array(gunzipSync(next.gzipped)), bytes(10, 2));
});

test('an empty tile is kept as 0 bytes', async () => {
  const cache = new TileCache();
  await cache.tile('a/9/0/0@v1', async () => new Uint8Array());
  const again = await cache.tile('a/9/0/0@v1', async () => bytes(5));
  assert.deepEqual([again.hit, again.gzipped.byteLength], [true, 0]);
});

test('past the byte bound the least recently used tile goes first', async () => {
  const cache = new TileCache({ maxBytes: 2500, maxEntries: 100 });
  await cache.tile('one', async () => noise(1000));
  await cache.tile('two', async () => noise(1000));
  await cache.tile('one', async () => noise(1000)); // used again: "two" is now the oldest
  await cache.tile('three', async () => noise(1000));
  assert.equal(cache.size, 2);
  assert.ok(cache.totalBytes <= 2500);
  assert.equal((await cache.tile('one', async () => noise(1))).hit, true);
  assert.equal((await cache.tile('two', async () => noise(1))).hit, false);
});

test('past the entry bound the oldest tile goes', async () => {
  const cache = new TileCache({ maxBytes: 1e9, maxEntries: 3 });
  for (const key of ['a', 'b', 'c', 'd']) await cache.tile(key, async () => new Uint8Array());
  assert.equal(cache.size, 3);
  assert.equal((await cache.tile('a', async () => new Uint8Array())).hit, false);
});

test('concurrent asks for one tile encode it once', async () => {
  const cache = new TileCache();
  let encoded = 0;
  const encode = async () => {
    encoded++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return bytes(100);
  };
  const answers = await Promise.all([1, 2, 3].map(() => cache.tile('k', encode)));
  assert.equal(encoded, 1);
  assert.deepEqual(
    answers.map((a) => a.hit),
    [false, true, true],
  );
});

test('a failed encoding is not kept: the next ask encodes again', async () => {
  const cache = new TileCache();
  await assert.rejects(
    cache.tile('k', async () => {
      throw new Error('database away');
    }),
    /database away/,
  );
  const next = await cache.tile('k', async () => bytes(3));
  assert.equal(next.hit, false);
  assert.equal(cache.size, 1);
});
