// An import killed half-way (kill -9 while it writes) leaves the database as it was (issue 11,
// item 4): nothing of it is written, no record of it, and the data directory opens again.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/connection.ts';
import { createAccount } from '../auth/accounts.ts';
import { copyEmbeddedTemplate } from '../../tests/support/databases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function state(dataDir: string) {
  const db = await openDatabase({ dataDir });
  try {
    const [row] = await db.rows<{ terminals: number; imports: number; history: number }>(
      sql`SELECT (SELECT count(*)::int FROM wifi_terminals) AS terminals, (SELECT count(*)::int FROM imports) AS imports,
                 (SELECT count(*)::int FROM feature_history) AS history`,
    );
    return row;
  } finally {
    await db.close();
  }
}

describe('an import killed half-way', () => {
  test('kill -9 while it writes: nothing written, and the data directory opens again', async () => {
    const dataDir = await copyEmbeddedTemplate('seeded');
    const work = await mkdtemp(join(tmpdir(), 'nc-import-kill-'));
    try {
      const db = await openDatabase({ dataDir });
      await createAccount(db, {
        email: 'sig@opt.nc',
        password: 'a long enough password',
        role: 'planner',
        commune: null,
      });
      // 12,000 sample terminals on Nouméa's land: three batches to write.
      const [points] = await db.rows<{ fc: unknown }>(
        sql`SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
                 'type', 'Feature', 'geometry', ST_AsGeoJSON(p.geom)::json,
                 'properties', json_build_object('siteName', 'Borne exemple ' || p.path[1], 'status', 'planned',
                                                 'openingHours', '6h-22h')))) AS fc
            FROM communes c, ST_Dump(ST_GeneratePoints(c.geom, 12000, 7)) p WHERE c.insee = '98818'`,
      );
      await db.close();
      const file = join(work, 'bornes.geojson');
      await writeFile(file, JSON.stringify(points!.fc));
      const before = await state(dataDir);

      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'server/imports/import-cli.ts',
          '--layer',
          'wifi-terminals',
          '--as',
          'sig@opt.nc',
          file,
        ],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      const killed = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('close', (_, signal) => resolve(signal)),
      );
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        // The first batch is written, the others are to come: now.
        if (/writing: 5000\/12000/.test(out)) child.kill('SIGKILL');
      });
      assert.equal(await killed, 'SIGKILL', `killed while writing (it printed: ${out.slice(-400)})`);
      assert.match(out, /writing: 5000\/12000/);
      assert.doesNotMatch(out, /Import \d+:/, 'it did not get to commit');
      assert.deepEqual(await state(dataDir), before, 'nothing of the import is in the database');
    } finally {
      await rm(work, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
