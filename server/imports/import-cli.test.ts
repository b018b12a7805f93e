// `npm run import` (issue 11, item 6): the same report as the browser's, a dry run that writes
// nothing, then the commit, attributed to the account of --as; on an embedded data directory no
// app holds, then on one the running app holds (through the app's local channel).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/connection.ts';
import { createAccount } from '../auth/accounts.ts';
import { startAppProcess } from '../../tests/support/app-process.ts';
import { copyEmbeddedTemplate } from '../../tests/support/databases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'tests/fixtures/imports/wifi-terminals-3163.gpkg';

function runImport(args: string[], dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/imports/import-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out })),
  );
}

async function terminals(dataDir: string) {
  const db = await openDatabase({ dataDir });
  try {
    return (
      await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals WHERE source = 'import'`)
    )[0]!.n;
  } finally {
    await db.close();
  }
}

describe('npm run import', () => {
  test('a dry run then the commit, on a data directory no app holds, then through the running app', async () => {
    const dataDir = await copyEmbeddedTemplate('seeded');
    try {
      const db = await openDatabase({ dataDir });
      await createAccount(db, {
        email: 'sig@opt.nc',
        password: 'a long enough password',
        role: 'planner',
        commune: null,
      });
      await db.close();
      const args = ['--layer', 'wifi-terminals', '--as', 'sig@opt.nc', '--key', 'site_name'];
      const dry = await runImport([...args, '--crs', '3163', '--dry-run', FILE], dataDir);
      assert.equal(dry.code, 0, dry.out);
      assert.match(dry.out, /Dry run \(nothing written\)/);
      assert.match(dry.out, /RGNC91-93 \/ Lambert New Caledonia \(EPSG:3163\), from the file/);
      assert.match(dry.out, /read 5, added 4, updated 0, unchanged 0, rejected 1/);
      assert.match(dry.out, /rejected: feature 5, Statut: status: "Hors ligne" is not one of/);
      assert.match(dry.out, /checking: 5\/5/, 'progress on standard error');
      assert.equal(await terminals(dataDir), 0);

      const wrongCrs = await runImport([...args, '--crs', '4326', '--dry-run', FILE], dataDir);
      assert.notEqual(wrongCrs.code, 0);
      assert.match(wrongCrs.out, /the file says its coordinates are in RGNC91-93/);

      const done = await runImport([...args, '--value', 'status:Hors ligne=maintenance', FILE], dataDir);
      assert.equal(done.code, 0, done.out);
      assert.match(done.out, /Import \d+: .*into wifi-terminals/);
      assert.match(done.out, /added 5/);
      assert.equal(await terminals(dataDir), 5);

      const app = await startAppProcess({ DATA_DIR: dataDir });
      try {
        const again = await runImport([...args, '--value', 'status:Hors ligne=maintenance', FILE], dataDir);
        assert.equal(again.code, 0, again.out);
        assert.match(again.out, /through the running app/);
        assert.match(again.out, /added 0, updated 0, unchanged 5/);
        const nobody = await runImport(['--layer', 'wifi-terminals', '--as', 'nobody@opt.nc', FILE], dataDir);
        assert.notEqual(nobody.code, 0);
        assert.match(nobody.out, /no account nobody@opt\.nc/);
      } finally {
        await app.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
