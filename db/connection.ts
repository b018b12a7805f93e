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
}

/** postgres.js answers with an array of rows, PGlite with `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return [...(result as T[])];
  return (result as { rows: T[] }).rows;
}

export async function openDatabase(options: ConnectionOptions = {}): Promise<Database> {
  let orm: Orm;
  let close: () => Promise<void>;
  let backend: Backend;
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: 'nc-infra-map' },
    });
    orm = drizzlePostgres({ client, schema }) as unknown as Orm;
    close = () => client.end({ timeout: 5 });
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
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    rows: async <T extends Record<string, unknown>>(query: SQL, executor: Executor = orm) =>
      rowsOf<T>(await executor.execute(query)),
    close,
  };
}
