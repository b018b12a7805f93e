// Brings a database to the latest schema. Several app instances may start at once over one
// server, so the migration runs under a PostgreSQL advisory lock.
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** An arbitrary constant naming this application's migration lock. */
const MIGRATION_LOCK = 798_811_001;

export async function migrate(db: Database): Promise<void> {
  if (db.backend === 'embedded') {
    // PGlite is single-connection and single-process: no lock needed.
    await migratePglite(db.orm as never, { migrationsFolder });
    return;
  }
  // One dedicated connection, so that the session-level lock and the migration share it.
  const client = postgres(db.databaseUrl ?? '', { max: 1, onnotice: () => {} });
  try {
    const orm = drizzle({ client });
    await orm.execute(sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    await migratePostgres(orm, { migrationsFolder });
    await orm.execute(sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await client.end({ timeout: 5 });
  }
}
