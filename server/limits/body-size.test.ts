// Body size per route: refused with 413 JSON before the body is read, whatever the backend.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maximalPolygon } from '../../tests/fixtures/maximal-polygon.ts';
import { twoCommunes } from '../../tests/fixtures/two-communes.ts';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { BODY_LIMITS, DEFAULT_BODY_LIMIT } from './body-size.ts';

const AREA_LIMIT = BODY_LIMITS['POST /api/gaps/area'] ?? 0;

/** A body of `total` bytes that counts how much of it was read. */
function countedBody(total: number, chunk = 64 * 1024) {
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= total) return controller.close();
      const size = Math.min(chunk, total - read.bytes);
      read.bytes += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, read };
}

for (const backend of testBackends()) {
  describe(`request body size (${backend})`, () => {
    const api = useApi(backend, twoCommunes);
    const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
      api.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
        duplex: 'half',
      } as RequestInit);

    test('a 24 MB area body with its Content-Length is refused unread', async () => {
      const { stream, read } = countedBody(24_000_000);
      const res = await post('/api/gaps/area', stream, { 'Content-Length': '24000000' });
      assert.equal(res.status, 413);
      const body = (await res.json()) as { error: string; detail: string; requestId: string };
      assert.equal(body.error, 'payload_too_large');
      assert.match(body.detail, new RegExp(`at most ${AREA_LIMIT} bytes`));
      assert.equal(body.requestId, res.headers.get('x-request-id'));
      assert.ok(read.bytes <= 64 * 1024, `read ${read.bytes} bytes of the body`);
    });

    test('a chunked area body is read no further than the limit', async () => {
      const { stream, read } = countedBody(24_000_000);
      const res = await post('/api/gaps/area', stream);
      assert.equal(res.status, 413);
      assert.ok(read.bytes <= AREA_LIMIT + 2 * 64 * 1024, `read ${read.bytes} bytes of the body`);
    });

    test('one byte over the area limit is refused, the maximal polygon is answered', async () => {
      const over = await post('/api/gaps/area', ' '.repeat(AREA_LIMIT + 1));
      assert.equal(over.status, 413);
      const polygon = JSON.stringify({ polygon: maximalPolygon([166.45, -22.2], [0.12, 0.15]) });
      assert.ok(polygon.length > 300_000 && polygon.length < AREA_LIMIT, `${polygon.length} bytes`);
      const res = await post('/api/gaps/area', polygon);
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(((await res.json()) as { population: number }).population, 1300);
    });

    test('any other route takes a small body at most', async () => {
      const res = await post('/api/search?q=noumea', 'x'.repeat(DEFAULT_BODY_LIMIT + 1));
      assert.equal(res.status, 413);
      assert.match(
        ((await res.json()) as { detail: string }).detail,
        new RegExp(`at most ${DEFAULT_BODY_LIMIT} bytes`),
      );
    });
  });
}
