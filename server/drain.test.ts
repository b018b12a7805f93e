// Draining on SIGTERM, on the real server process over a real PostgreSQL: a request held in the
// database while the signal arrives still gets its answer, new connections are refused, the
// process exits 0 within the grace period; past the grace, the request is cut and the process
// still exits. The slow request is /api/communes waiting on a table lock this test holds.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import postgres from 'postgres';
import { startAppProcess } from '../tests/support/app-process.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../tests/support/databases.ts';
import { createApp } from './app.ts';
import { drainState } from './drain.ts';

/** One GET on a connection of its own; rejects when the connection fails or is cut. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with the error code of a TCP connection attempt ('connected' when it was accepted). */
function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Holds ACCESS EXCLUSIVE on `communes` until release(): every query reading it waits. */
async function lockCommunes(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = sql.begin(async (tx) => {
    await tx`LOCK TABLE communes IN ACCESS EXCLUSIVE MODE`;
    locked();
    await released;
  });
  await isLocked;
  return {
    /** Waits until a query of the app waits on the lock. */
    waiter: async () => {
      for (let i = 0; i < 200; i++) {
        const [row] = await sql<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'nc-infra-map' AND wait_event_type = 'Lock'`;
        if ((row?.n ?? 0) > 0) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('no query of the app waits on the lock');
    },
    release: async () => {
      release();
      await transaction;
      await sql.end();
    },
  };
}

describe('health while draining', () => {
  let db: TestDatabase;
  before(async () => (db = await openTestDatabase(testBackends().at(-1) ?? 'embedded')));
  after(async () => db?.dispose());

  test('/api/health answers 200, then 503 { status: "draining" } once the drain begins', async () => {
    const drain = drainState();
    const { app } = createApp(db, { drain });
    assert.equal((await app.request('/api/health')).status, 200);
    drain.begin();
    const res = await app.request('/api/health');
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = (await res.json()) as { status: string; error: string; detail: string };
    assert.equal(body.status, 'draining');
    assert.equal(body.error, 'unavailable');
    assert.match(body.detail, /shutting down/);
  });
});

describe('SIGTERM on the server process (server backend)', () => {
  let db: TestDatabase;
  before(async () => (db = await openTestDatabase('server')));
  after(async () => db?.dispose());

  test('the request in flight gets its 200, new connections are refused, exit 0 within the grace', async () => {
    const graceMs = 8_000;
    const app = await startAppProcess({
      DATABASE_URL: db.databaseUrl ?? '',
      DRAIN_GRACE_MS: String(graceMs),
    });
    try {
      assert.equal((await get(`${app.url}/api/communes`)).status, 200);
      const lock = await lockCommunes(db.databaseUrl ?? '');
      const slow = get(`${app.url}/api/communes`);
      await lock.waiter();

      const signalled = Date.now();
      app.child.kill('SIGTERM');
      await app.waitForOutput(/SIGTERM: draining.*1 requests in flight/);
      assert.equal(await connectOutcome(app.port), 'ECONNREFUSED');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(app.child.exitCode, null, 'the process left before its request was answered');

      await lock.release();
      const answer = await slow;
      assert.equal(answer.status, 200);
      assert.equal((JSON.parse(answer.body) as { communes: unknown[] }).communes.length, 33);
      const { code } = await app.exited;
      assert.equal(code, 0);
      assert.ok(Date.now() - signalled < graceMs, `took ${Date.now() - signalled} ms`);
      assert.match(app.output(), /requests in flight finished, connections closed in \d+ ms/);
      assert.match(app.output(), /database pool closed; exiting/);
    } finally {
      await app.stop();
    }
  });

  test('past the grace period the request is cut and the process still exits 0', async () => {
    const graceMs = 1_000;
    const app = await startAppProcess({
      DATABASE_URL: db.databaseUrl ?? '',
      DRAIN_GRACE_MS: String(graceMs),
    });
    const lock = await lockCommunes(db.databaseUrl ?? '');
    try {
      const slow = get(`${app.url}/api/communes`).then(
        (answer) => `answered ${answer.status}`,
        (err: NodeJS.ErrnoException) => err.code ?? err.message,
      );
      await lock.waiter();
      const signalled = Date.now();
      app.child.kill('SIGTERM');
      assert.equal(await slow, 'ECONNRESET');
      const { code } = await app.exited;
      const tookMs = Date.now() - signalled;
      assert.equal(code, 0);
      // The pool then gives the cut request's query up to 5 s (postgres.js' end timeout).
      assert.ok(tookMs >= graceMs && tookMs < graceMs + 6_500, `took ${tookMs} ms`);
      assert.match(app.output(), /grace of 1000 ms over: cutting 1 requests still in flight/);
    } finally {
      await lock.release();
      await app.stop();
    }
  });
});
