// Which real driver errors the app answers 503 (and which stay bugs), on a real PostgreSQL.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from './connection.ts';
import { cannotConnect, databaseFault } from './faults.ts';

const url = process.env.TEST_DATABASE_URL;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the query to fail');
}

describe('database faults (server backend)', () => {
  test('a refused connection is "unavailable", and says the server cannot be reached', async () => {
    const u = new URL(url ?? '');
    u.port = String(await closedPort());
    const db = await openDatabase({ databaseUrl: u.toString() });
    try {
      const err = await failure(db.rows(sql`SELECT 1`));
      assert.equal(databaseFault(err), 'unavailable');
      assert.equal(cannotConnect(err), true);
    } finally {
      await db.close();
    }
  });

  test('statement_timeout (57014) is "timeout"; a terminated session (57P01) is "unavailable"', async () => {
    const db = await openDatabase({ databaseUrl: url, statementTimeoutMs: 50, maxConnections: 1 });
    try {
      assert.equal(databaseFault(await failure(db.rows(sql`SELECT pg_sleep(1)`))), 'timeout');
      const [me] = await db.rows<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
      const killed = failure(db.rows(sql`SELECT pg_sleep(0.04), pg_terminate_backend(${me?.pid ?? 0})`));
      const err = await killed;
      assert.equal(databaseFault(err), 'unavailable');
      assert.equal(cannotConnect(err), false, 'one session ended is no outage');
    } finally {
      await db.close();
    }
  });

  test('a bug stays a bug: a missing table or bad SQL is no database fault', async () => {
    const db = await openDatabase({ databaseUrl: url });
    try {
      assert.equal(databaseFault(await failure(db.rows(sql`SELECT * FROM no_such_table`))), undefined);
      assert.equal(databaseFault(await failure(db.rows(sql`SELEC 1`))), undefined);
      assert.equal(databaseFault(new TypeError('x is undefined')), undefined);
    } finally {
      await db.close();
    }
  });
});
