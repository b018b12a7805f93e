// The per-request time budget: a statement past the server's statement_timeout, or a request
// past its deadline, is answered 503 timeout with Retry-After, never left to stall.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../../db/connection.ts';
import { maximalPolygon } from '../../tests/fixtures/maximal-polygon.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import { createApp } from '../app.ts';

const area = () => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ polygon: maximalPolygon() }),
});

async function assertTimeout(res: Response) {
  assert.equal(res.status, 503);
  assert.equal(res.headers.get('retry-after'), '5');
  const body = (await res.json()) as { error: string; detail: string; requestId: string };
  assert.equal(body.error, 'timeout');
  assert.equal(body.requestId, res.headers.get('x-request-id'));
}

for (const backend of testBackends()) {
  describe(`time budget (${backend})`, () => {
    let db: TestDatabase;
    before(async () => {
      db = await openTestDatabase(backend, 'seeded');
    });
    after(async () => {
      await db?.dispose();
    });

    test('a request still waiting for its turn at the deadline leaves the queue: 503 timeout', async (t) => {
      // No heavy request may run: the area request waits in admission's queue until its deadline.
      const { app } = createApp(db, {
        limits: { requestTimeoutMs: 50, heavy: { concurrent: 0, queued: 1 } },
      });
      const started = performance.now();
      await assertTimeout(await app.request('/api/gaps/area', area()));
      const ms = performance.now() - started;
      t.diagnostic(`answered after ${ms.toFixed(0)} ms (deadline 50 ms)`);
      assert.ok(ms < 1000, `answered after ${ms.toFixed(0)} ms`);
    });

    // PGlite runs a statement on this thread, without yielding: nothing, not even a timer, runs
    // until it ends, so on the embedded backend only the waiting can be cut short.
    if (backend === 'server') {
      test('a request past its deadline while its statement runs is answered 503 timeout', async (t) => {
        const { app } = createApp(db, { limits: { requestTimeoutMs: 20 } });
        const request = area();
        const started = performance.now();
        await assertTimeout(await app.request('/api/gaps/area', request));
        const ms = performance.now() - started;
        t.diagnostic(`answered after ${ms.toFixed(0)} ms (deadline 20 ms)`);
      });

      test('a statement past statement_timeout is cancelled and answered 503 timeout', async (t) => {
        let short: Database | undefined;
        const errors = t.mock.method(console, 'warn', () => {});
        try {
          short = await openDatabase({
            databaseUrl: db.databaseUrl,
            statementTimeoutMs: 5,
            maxConnections: 2,
          });
          const { app } = createApp(short);
          await assertTimeout(await app.request('/api/gaps/area', area()));
          assert.match(String(errors.mock.calls[0]?.arguments[0]), /"code":"57014"/);
        } finally {
          errors.mock.restore();
          await short?.close();
        }
      });
    }
  });
}
