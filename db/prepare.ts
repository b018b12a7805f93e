// First start on an empty database: migrate, then load the sample data.
import { generateSample } from '../geodata/sample.ts';
import type { Database } from './connection.ts';
import { migrate } from './migrate.ts';
import { isEmpty, seedDatabase } from './seed.ts';

export async function prepareDatabase(
  db: Database,
  log: (line: string) => void = console.log,
): Promise<void> {
  const started = Date.now();
  await migrate(db);
  if (await isEmpty(db)) {
    log('empty database: loading the generated sample data…');
    await seedDatabase(db, generateSample());
    log(`sample data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
