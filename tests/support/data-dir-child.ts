// A child process for the data directory lock tests: opens an embedded database and reports each
// step on stdout as `step <name>`, so that the test can kill it at a chosen moment.
//   node --import tsx tests/support/data-dir-child.ts <hold|exit|close|seed> <dataDir>
// hold: open and wait; exit: open, then exit without closing; close: open, close, then wait;
// seed: open a fresh directory, migrate, load the sample, then wait; counts: print the row count
// of every table as `counts {json}`, then close.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/connection.ts';
import { exitIfDataDirLocked } from '../../db/data-dir-lock.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDatabase } from '../../db/seed.ts';
import { generateSample } from '../../geodata/sample.ts';

const [action, dataDir] = process.argv.slice(2);
const step = (name: string) => console.log(`step ${name}`);
const wait = () => setInterval(() => {}, 60_000);

step('opening');
const db = await openDatabase({ dataDir }).catch(exitIfDataDirLocked());
step('open');
if (action === 'exit') process.exit(0);
if (action === 'close') {
  await db.close();
  step('closed');
}
if (action === 'counts') {
  const tables = await db.rows<{ name: string }>(
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
    counts[name] = Number(row?.n);
  }
  console.log(`counts ${JSON.stringify(counts)}`);
  await db.close();
  process.exit(0);
}
if (action === 'seed') {
  await migrate(db);
  step('migrated');
  const sample = generateSample();
  step('seeding');
  await seedDatabase(db, sample);
  step('seeded');
}
wait();
