// The kept gzip answers on their own: kept ones come back without building, the least recently
// used go first past the byte or entry bound, concurrent asks build once, failures and answers over
// the entry limit are not kept, an empty answer is kept as 0 bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { CompressedCache, DEFAULT_COMPRESSED_CACHE } from './compressed-cache.ts';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
/** Random bytes: gzip cannot shrink them, so their gzipped size is known within a few dozen bytes. */
const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(Math.random() * 256));

test('a kept answer comes back gzipped without building again', async () => {
  const cache = new CompressedCache();
  let encoded = 0;
  const encode = async () => (encoded++, bytes(1000));
  const first = await cache.entry('a/1/0/0@v1', encode);
  const second = await cache.entry('a/1/0/0@v1', encode);
  assert.equal(encoded, 1);
  assert.deepEqual([first.hit, second.hit], [false, true]);
  assert.deepEqual(new Uint8Array(gunzipSync(second.gzipped)), bytes(1000));
});

test('another data version is another entry', async () => {
  const cache = new CompressedCache();
  await cache.entry('a/1/0/0@v1', async () => bytes(10, 1));
  const next = await cache.entry('a/1/0/0@v2', async () => bytes(10, 2));
  assert.equal(next.hit, false);
  assert.deepEqual(new Uint8Array(gunzipSync(next.gzipped)), bytes(10, 2));
});

test('an empty answer is kept as 0 bytes', async () => {
  const cache = new CompressedCache();
  await cache.entry('a/9/0/0@v1', async () => new Uint8Array());
  const again = await cache.entry('a/9/0/0@v1', async () => bytes(5));
  assert.deepEqual([again.hit, again.gzipped.byteLength], [true, 0]);
});

test('past the byte bound the least recently used entry goes first', async () => {
  const cache = new CompressedCache({ ...DEFAULT_COMPRESSED_CACHE, maxBytes: 2500, maxEntries: 100 });
  await cache.entry('one', async () => noise(1000));
  await cache.entry('two', async () => noise(1000));
  await cache.entry('one', async () => noise(1000)); // used again: "two" is now the oldest
  await cache.entry('three', async () => noise(1000));
  assert.equal(cache.size, 2);
  assert.ok(cache.totalBytes <= 2500);
  assert.equal((await cache.entry('one', async () => noise(1))).hit, true);
  assert.equal((await cache.entry('two', async () => noise(1))).hit, false);
});

test('past the entry bound the oldest entry goes', async () => {
  const cache = new CompressedCache({ ...DEFAULT_COMPRESSED_CACHE, maxBytes: 1e9, maxEntries: 3 });
  for (const key of ['a', 'b', 'c', 'd']) await cache.entry(key, async () => new Uint8Array());
  assert.equal(cache.size, 3);
  assert.equal((await cache.entry('a', async () => new Uint8Array())).hit, false);
});

test('concurrent asks for one key build it once', async () => {
  const cache = new CompressedCache();
  let encoded = 0;
  const encode = async () => {
    encoded++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return bytes(100);
  };
  const answers = await Promise.all([1, 2, 3].map(() => cache.entry('k', encode)));
  assert.equal(encoded, 1);
  assert.deepEqual(
    answers.map((a) => a.hit),
    [false, true, true],
  );
});

test('a failed build is not kept: the next ask builds again', async () => {
  const cache = new CompressedCache();
  await assert.rejects(
    cache.entry('k', async () => {
      throw new Error('database away');
    }),
    /database away/,
  );
  const next = await cache.entry('k', async () => bytes(3));
  assert.equal(next.hit, false);
  assert.equal(cache.size, 1);
});

test('text is kept as its gzip, and an answer over the entry limit is sent but not kept', async () => {
  const cache = new CompressedCache({ ...DEFAULT_COMPRESSED_CACHE, maxEntryBytes: 5_000 });
  const text = await cache.entry('text', async () => '{"type":"FeatureCollection","features":[]}');
  assert.equal(gunzipSync(text.gzipped).toString(), '{"type":"FeatureCollection","features":[]}');
  const big = await cache.entry('big', async () => noise(20_000));
  assert.ok(big.gzipped.byteLength > 5_000);
  assert.equal(cache.size, 1, 'only the text is kept');
});
