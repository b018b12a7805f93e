// Opens the database: a PostgreSQL/PostGIS server through postgres.js when a URL is given,
// otherwise embedded PGlite with its PostGIS extension, persisted in a data directory.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { postgis } from '@electric-sql/pglite-postgis';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { initDataDir } from './data-dir-init.ts';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Backend = 'embedded' | 'server';
export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The ORM itself or an open transaction: anything that can execute SQL. */
export type Executor = Pick<Orm, 'execute'>;

export interface Database {
  readonly backend: Backend;
  readonly orm: Orm;
  /** The server's URL (server backend only), for work that needs a connection of its own. */
  readonly databaseUrl?: string;
  /** How many statements can run at once: the pool's size on the server, 1 for PGlite. */
  readonly connections: number;
  /**
   * An executor for the health check. On the server backend it has a connection of its own, so
   * that busy requests never make the health check queue for one; on the embedded backend, where
   * every statement shares PGlite's one connection, it is the ORM itself.
   */
  readonly probe: Executor;
  /** Runs one SQL statement and returns its rows, whichever driver is underneath. */
  rows<T extends Record<string, unknown>>(query: SQL, executor?: Executor): Promise<T[]>;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  /** postgres:// URL of a PostGIS server; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database, or 'memory://' for a throwaway one. */
  dataDir?: string | undefined;
  /** Connections in the server pool. */
  maxConnections?: number | undefined;
  /** Server backend: longest a statement may run before PostgreSQL cancels it (57014). */
  statementTimeoutMs?: number | undefined;
  /** Server backend: longest a connection attempt may take (CONNECT_TIMEOUT). */
  connectTimeoutMs?: number | undefined;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 1_000;
/** The health check's statements: it answers within a second, so its statements are cut sooner. */
const PROBE_STATEMENT_TIMEOUT_MS = 1_000;

/**
 * Seconds a closed connection waits before its next attempt. postgres.js defaults to 3^n/100 s
 * capped at 20 s, so a 20 s outage left requests waiting up to 20 s after the server was back;
 * a failed attempt on a refused port costs nothing, so retry soon (at most every half second).
 */
const reconnectBackoff = (retries: number) => Math.min(0.05 * 2 ** retries, 0.5);

function serverClient(url: string, options: ConnectionOptions, max: number, statementTimeoutMs: number) {
  return postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: (options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS) / 1000,
    backoff: reconnectBackoff,
    // Idle connections go back to the server after a minute (several instances share it).
    idle_timeout: 60,
    connection: { application_name: 'nc-infra-map', statement_timeout: statementTimeoutMs },
  });
}

/** postgres.js answers with an array of rows, PGlite with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return [...(result as T[])];
  return (result as { rows: T[] }).rows;
}

export async function openDatabase(options: ConnectionOptions = {}): Promise<Database> {
  let orm: Orm;
  let close: () => Promise<void>;
  let backend: Backend;
  let connections = 1;
  let probe: Executor | undefined;
  if (options.databaseUrl) {
    connections = options.maxConnections ?? 10;
    const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    const client = serverClient(options.databaseUrl, options, connections, statementTimeoutMs);
    const probeClient = serverClient(
      options.databaseUrl,
      options,
      1,
      Math.min(statementTimeoutMs, PROBE_STATEMENT_TIMEOUT_MS),
    );
    orm = drizzlePostgres({ client, schema }) as unknown as Orm;
    probe = drizzlePostgres({ client: probeClient, schema }) as unknown as Orm;
    close = async () => {
      await Promise.all([client.end({ timeout: 5 }), probeClient.end({ timeout: 5 })]);
    };
    backend = 'server';
  } else {
    const dataDir = options.dataDir ?? './data';
    const lock = lockDataDir(dataDir);
    const client = await initDataDir(dataDir)
      .then(() => PGlite.create(dataDir, { extensions: { postgis, pg_trgm, unaccent } }))
      .catch((err: unknown) => {
        lock.release();
        throw err;
      });
    orm = drizzlePglite({ client, schema }) as unknown as Orm;
    close = () => client.close().finally(() => lock.release());
    backend = 'embedded';
  }
  return {
    backend,
    orm,
    connections,
    probe: probe ?? orm,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    rows: async <T extends Record<string, unknown>>(query: SQL, executor: Executor = orm) =>
      rowsOf<T>(await executor.execute(query)),
    close,
  };
}
