// A heavy request must not hold up the health check (issue 8, item 2). The heaviest input the
// area analysis takes (10,000 positions round the whole territory, on the seeded sample), as
// many at once as admission lets run and wait, while /api/health is probed every 25 ms.
// Server backend: health keeps its own connection, so it answers within 500 ms throughout.
// Embedded: PGlite runs one statement at a time on the event loop's thread, so health waits for
// the heavy request running when it arrives (its two statements, and the next admitted one's JSON
// parsed on the same thread): the bound is twice one heavy request's own time (measured alone in
// the same run) plus half a second, not the whole burst's. Past admission's room: 503 at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maximalPolygon } from '../../tests/fixtures/maximal-polygon.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import { burstWithProbes } from '../../tests/support/http-burst.ts';
import { serveApp, timedFetch, type ServedApp } from '../../tests/support/http-app.ts';
import { heavyAdmission } from './limits.ts';

const area = {
  method: 'POST' as const,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ polygon: maximalPolygon() }),
};

for (const backend of testBackends()) {
  describe(`health while maximal area analyses run (${backend})`, () => {
    let db: TestDatabase;
    let app: ServedApp;
    before(async () => {
      db = await openTestDatabase(backend, 'seeded');
      app = await serveApp(db);
    });
    after(async () => {
      await app?.close();
      await db?.dispose();
    });

    test('health answers within its bound; the burst past admission is refused with 503', async (t) => {
      await timedFetch(`${app.url}/api/gaps/area`, area); // warm plans and caches
      const alone = await timedFetch(`${app.url}/api/gaps/area`, area);
      assert.equal(alone.status, 200, alone.text.slice(0, 200));
      const { concurrent, queued } = heavyAdmission(db);
      const admitted = concurrent + queued;

      const { answers, health, healthStatus } = await burstWithProbes({
        baseUrl: app.url,
        path: '/api/gaps/area',
        init: area,
        count: admitted + 2,
      });
      assert.ok(
        healthStatus.every((s) => s === 200),
        `health answered ${healthStatus.join(', ')}`,
      );

      const refused = answers.filter((a) => a.status === 503);
      assert.equal(
        answers.filter((a) => a.status === 200).length,
        admitted,
        'the admitted ones are answered',
      );
      assert.equal(refused.length, 2, 'the two past admission are refused');
      for (const r of refused) {
        assert.equal(r.retryAfter, '2');
        assert.equal(r.error, 'unavailable');
      }
      const slowest = Math.max(...health);
      const bound = backend === 'server' ? 500 : 2 * alone.ms + 500;
      t.diagnostic(
        `one maximal request alone ${alone.ms.toFixed(0)} ms; ${answers.length} at once: last answered in ` +
          `${Math.max(...answers.map((a) => a.ms)).toFixed(0)} ms; ${health.length} health probes, slowest ` +
          `${slowest.toFixed(0)} ms (bound ${bound.toFixed(0)} ms); refused in ${Math.max(...refused.map((r) => r.ms)).toFixed(0)} ms`,
      );
      assert.ok(health.length >= 2, 'health was probed while the burst ran');
      assert.ok(
        slowest < bound,
        `health took ${slowest.toFixed(0)} ms while the burst ran (bound ${bound.toFixed(0)} ms)`,
      );
    });
  });
}
