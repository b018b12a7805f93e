// A first start creates the embedded cluster so that a kill -9 at any moment leaves a directory
// that opens (issue 8). PGlite's own first start unpacks a fresh cluster into the directory file by
// file, PG_VERSION among the first: killed half-way, the directory looks initialised but is not,
// and PGlite aborts on it from then on. So the cluster is made in a private subdirectory and moved
// into place with PG_VERSION last: until PG_VERSION is there, the directory counts as empty.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirPath } from './data-dir-lock.ts';

const MARKER = 'PG_VERSION';
const PRIVATE_PREFIX = '.initdb-';

function syncDir(dir: string) {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates the cluster in a directory that has none yet; the caller holds the directory's lock. */
export async function initDataDir(dataDir: string): Promise<void> {
  const dir = dataDirPath(dataDir);
  if (dir === undefined) return;
  // Under the lock, any private subdirectory is a leftover of a first start that was killed.
  for (const name of readdirSync(dir)) {
    if (name.startsWith(PRIVATE_PREFIX)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  if (existsSync(join(dir, MARKER))) return;

  const building = join(dir, `${PRIVATE_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  const pg = await PGlite.create(building);
  await pg.close();
  for (const name of readdirSync(building)) {
    if (name === MARKER) continue;
    // Without PG_VERSION these are what an interrupted first start left: replaced whole.
    rmSync(join(dir, name), { recursive: true, force: true });
    renameSync(join(building, name), join(dir, name));
  }
  syncDir(dir);
  renameSync(join(building, MARKER), join(dir, MARKER));
  syncDir(dir);
  rmSync(building, { recursive: true, force: true });
}
