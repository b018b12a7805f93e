// The kept gzip answers: bounded in bytes with the least recently used out first, one build for
// concurrent asks of a key, nothing kept of a failed build or of an answer over the entry limit.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { CompressedCache } from './compressed-cache.ts';

/** Text that does not compress: its gzip is about as long. */
const noise = (bytes: number) => randomBytes(bytes / 2).toString('hex');

test('a kept answer is the gzip of what was built, built once for concurrent asks', async () => {
  const cache = new CompressedCache({ maxBytes: 1 << 20, maxEntryBytes: 1 << 20 });
  let builds = 0;
  const build = async () => {
    builds += 1;
    await new Promise((r) => setTimeout(r, 20));
    return '{"type":"FeatureCollection","features":[]}';
  };
  const [a, b] = await Promise.all([cache.gzipped('k', build), cache.gzipped('k', build)]);
  assert.equal(builds, 1);
  assert.equal(a, b);
  assert.equal(gunzipSync(a).toString(), '{"type":"FeatureCollection","features":[]}');
  await cache.gzipped('k', build);
  assert.equal(builds, 1, 'kept');
});

test('the cache stays under its bytes, the least recently used going first', async () => {
  const entry = (await new CompressedCache().gzipped('x', async () => noise(9_000))).byteLength;
  // Room for three entries and a half.
  const maxBytes = Math.round(entry * 3.5);
  const cache = new CompressedCache({ maxBytes, maxEntryBytes: maxBytes });
  for (const key of ['a', 'b', 'c']) await cache.gzipped(key, async () => noise(9_000));
  assert.equal(cache.size, 3);
  await cache.gzipped('a', async () => assert.fail('a is kept'));
  await cache.gzipped('d', async () => noise(9_000));
  assert.ok(cache.totalBytes <= maxBytes, `${cache.totalBytes} bytes kept`);
  assert.equal(cache.size, 3);
  let rebuilt = false;
  await cache.gzipped('b', async () => {
    rebuilt = true;
    return noise(9_000);
  });
  assert.equal(rebuilt, true, 'b, the least recently used, went');
  await cache.gzipped('a', async () => assert.fail('a, used since, stayed'));
});

test('a failed build and an oversized answer are not kept', async () => {
  const cache = new CompressedCache({ maxBytes: 100_000, maxEntryBytes: 5_000 });
  await assert.rejects(
    cache.gzipped('k', async () => {
      throw new Error('database away');
    }),
    /database away/,
  );
  assert.equal(cache.size, 0);
  const big = await cache.gzipped('big', async () => noise(20_000));
  assert.ok(big.byteLength > 5_000);
  assert.equal(cache.size, 0);
  assert.equal(gunzipSync(await cache.gzipped('k', async () => 'ok')).toString(), 'ok');
});
