// The one error path (issue 8, item 4): every answer carries a request id; an unexpected error
// is logged once, on one bounded line that has that id and none of the query's parameters.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { maximalPolygon } from '../tests/fixtures/maximal-polygon.ts';
import { twoCommunes } from '../tests/fixtures/two-communes.ts';
import { useApi } from '../tests/support/api.ts';
import { testBackends } from '../tests/support/databases.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

for (const backend of testBackends()) {
  describe(`error path and request ids (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    test('every answer carries an X-Request-Id, and error bodies repeat it', async () => {
      const cases: [string, RequestInit | undefined, number][] = [
        ['/api/health', undefined, 200],
        ['/api/layers/schools?zoom=99', undefined, 400],
        ['/api/nothing-here', undefined, 404],
        ['/api/gaps/area', { method: 'POST', body: ' '.repeat(2_000_000) }, 413],
      ];
      const ids = new Set<string>();
      for (const [path, init, status] of cases) {
        const res = await api.request(path, init);
        assert.equal(res.status, status, path);
        const id = res.headers.get('x-request-id') ?? '';
        assert.match(id, uuid, path);
        ids.add(id);
        if (status >= 400) assert.equal(((await res.json()) as { requestId?: string }).requestId, id, path);
      }
      assert.equal(ids.size, cases.length, 'one id per request');
    });

    test("a balancer's short, safe request id is kept; any other is replaced", async () => {
      const kept = await api.request('/api/nothing-here', { headers: { 'X-Request-Id': 'lb-7f3a_01=' } });
      assert.equal(kept.headers.get('x-request-id'), 'lb-7f3a_01=');
      assert.equal(((await kept.json()) as { requestId: string }).requestId, 'lb-7f3a_01=');
      for (const hostile of ['a b', 'x'.repeat(65), 'id"},{"level":"fake"', '../../etc']) {
        const res = await api.request('/api/health', { headers: { 'X-Request-Id': hostile } });
        assert.match(res.headers.get('x-request-id') ?? '', uuid, JSON.stringify(hostile));
      }
    });

    test('an unexpected error is logged once, bounded, with the request id and no parameters', async (t) => {
      // A real path to a 500: the table the area analysis reads is gone under the app.
      await api.db.rows(sql`ALTER TABLE place_coverage RENAME TO place_coverage_gone`);
      const errors = t.mock.method(console, 'error', () => {});
      const warnings = t.mock.method(console, 'warn', () => {});
      try {
        const polygon = JSON.stringify({ polygon: maximalPolygon([166.45, -22.2], [0.12, 0.15]) });
        const res = await api.request('/api/gaps/area', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: polygon,
        });
        assert.equal(res.status, 500);
        const id = res.headers.get('x-request-id') ?? '';
        const body = (await res.json()) as { error: string; detail: string; requestId: string };
        assert.equal(body.requestId, id);
        assert.doesNotMatch(JSON.stringify(body), /place_coverage|SELECT|166\.4/);

        assert.equal(errors.mock.callCount(), 1, 'logged once');
        assert.equal(warnings.mock.callCount(), 0);
        const args = errors.mock.calls[0]?.arguments ?? [];
        assert.equal(args.length, 1, 'one value: the line');
        const line = String(args[0]);
        assert.ok(!line.includes('\n'), 'one line');
        assert.ok(line.length < 3000, `the line has ${line.length} characters`);
        assert.doesNotMatch(line, /166\.4|"coordinates"/, 'no parameter reaches the log');
        const logged = JSON.parse(line) as {
          requestId: string;
          status: number;
          path: string;
          query?: string;
        };
        assert.equal(logged.requestId, id);
        assert.equal(logged.status, 500);
        assert.equal(logged.path, '/api/gaps/area');
        assert.match(line, /place_coverage/, 'the cause is named');
      } finally {
        errors.mock.restore();
        warnings.mock.restore();
        await api.db.rows(sql`ALTER TABLE place_coverage_gone RENAME TO place_coverage`);
      }
    });
  });
}
