// `npm run db:seed`: reloads the generated sample data, replacing what the layers hold.
import { readEnv } from '../server/env.ts';
import { generateSample } from '../geodata/sample.ts';
import { openDatabase } from './connection.ts';
import { exitIfDataDirLocked } from './data-dir-lock.ts';
import { migrate } from './migrate.ts';
import { seedDatabase } from './seed.ts';

const env = readEnv();
// Seeding replaces everything the app serves: never behind a running app's back (issue 8).
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch(
  exitIfDataDirLocked('To reload the sample data, stop the app, run `npm run db:seed`, then start the app.'),
);
try {
  const started = Date.now();
  await migrate(db);
  await seedDatabase(db, generateSample());
  console.log(`seeded the ${db.backend} database in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
}
