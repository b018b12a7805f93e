// Real databases for tests, on both backends: embedded PGlite and a PostgreSQL/PostGIS server
// (TEST_DATABASE_URL). Migrating and seeding once per content version is slow (PGlite takes
// ~10 s to create PostGIS), so each state is built once as a template and copied per test.
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import postgres from 'postgres';
import { openDatabase, type Backend, type Database } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDatabase } from '../../db/seed.ts';

/** migrated: empty tables; seeded: the sample; seeded-x10: the sample at ten times the features. */
export type TemplateState = 'migrated' | 'seeded' | 'seeded-x10';
const sampleScale: Record<TemplateState, number | null> = { migrated: null, seeded: 1, 'seeded-x10': 10 };

export interface TestDatabase extends Database {
  /** Closes the database and removes it. */
  dispose(): Promise<void>;
}

const root = new URL('../../', import.meta.url).pathname;
const templatesDir = join(root, '.test-data');

/** The backends to test against: always the embedded one, the server one when configured. */
export function testBackends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['embedded', 'server'] : ['embedded'];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.includes('.test.') && !e.parentPath.includes('__golden__'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Changes whenever the migrations, the seed or the generator change. */
async function contentVersion(state: TemplateState): Promise<string> {
  const hash = createHash('sha256').update(state);
  const files = [...(await filesUnder('db')), ...(sampleScale[state] ? await filesUnder('geodata') : [])];
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 12);
}

async function fill(db: Database, state: TemplateState) {
  await migrate(db);
  const scale = sampleScale[state];
  if (scale) {
    const { generateSample } = await import('../../geodata/sample.ts');
    await seedDatabase(db, generateSample({ scale }));
  }
}

/** Templates being built by this process: tests that start at once share one build. */
const embeddedBuilds = new Map<string, Promise<string>>();

async function embeddedTemplate(state: TemplateState): Promise<string> {
  const dir = join(templatesDir, `pglite-${state}-${await contentVersion(state)}`);
  if (existsSync(dir)) return dir;
  const build = embeddedBuilds.get(dir) ?? buildEmbeddedTemplate(dir, state);
  embeddedBuilds.set(dir, build);
  return build;
}

async function buildEmbeddedTemplate(dir: string, state: TemplateState): Promise<string> {
  await mkdir(templatesDir, { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  const db = await openDatabase({ dataDir: building });
  await fill(db, state);
  await db.close();
  try {
    await rename(building, dir);
  } catch (error) {
    // Another test process (files run two at a time) built the same template first: use its.
    if (!existsSync(dir)) throw error;
    await rm(building, { recursive: true, force: true });
  }
  return dir;
}

/** A fresh copy of the embedded template, closed, for a test or a server process (DATA_DIR) to open; returns its path. */
export async function copyEmbeddedTemplate(state: TemplateState = 'seeded'): Promise<string> {
  const template = await embeddedTemplate(state);
  const dataDir = join(tmpdir(), `nc-test-${randomBytes(6).toString('hex')}`);
  await cp(template, dataDir, { recursive: true });
  return dataDir;
}

async function openEmbedded(state: TemplateState): Promise<TestDatabase> {
  const dataDir = await copyEmbeddedTemplate(state);
  const db = await openDatabase({ dataDir });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function urlWithDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function openServer(state: TemplateState): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const template = `nc_tpl_${state.replace('-', '_')}_${await contentVersion(state)}`;
  const name = `nc_test_${randomBytes(6).toString('hex')}`;
  try {
    // The advisory lock keeps two test processes from building the same template at once.
    await admin`SELECT pg_advisory_lock(798811002)`;
    const found = await admin`SELECT 1 FROM pg_database WHERE datname = ${template}`;
    if (found.length === 0) {
      await admin.unsafe(`CREATE DATABASE "${template}_building"`);
      const db = await openDatabase({ databaseUrl: urlWithDatabase(adminUrl, `${template}_building`) });
      await fill(db, state);
      await db.close();
      await admin.unsafe(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`);
    }
    await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin`SELECT pg_advisory_unlock(798811002)`;
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ databaseUrl: urlWithDatabase(adminUrl, name), maxConnections: 4 });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A fresh database of the given backend, migrated, and seeded with the sample when asked. */
export async function openTestDatabase(
  backend: Backend,
  state: TemplateState = 'seeded',
): Promise<TestDatabase> {
  return backend === 'embedded' ? openEmbedded(state) : openServer(state);
}
