// `npm run user:create` (issue 10, item 1): the first account, with its password read from
// standard input, never from an argument; on a server database, on an embedded data directory
// that no app holds, and on one the running app holds (through the app's local channel).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/connection.ts';
import { startAppProcess } from '../../tests/support/app-process.ts';
import { copyEmbeddedTemplate, openTestDatabase, testBackends } from '../../tests/support/databases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'a long enough password';

function userCreate(args: string[], env: NodeJS.ProcessEnv, stdin: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/auth/user-create-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out })),
  );
}

describe('npm run user:create', () => {
  test('on an embedded data directory no app holds; a password given as an argument is refused', async () => {
    const dataDir = await copyEmbeddedTemplate('migrated');
    try {
      const made = await userCreate(
        ['--role', 'admin', '--email', 'Admin@OPT.nc'],
        { DATA_DIR: dataDir },
        `${PASSWORD}\n`,
      );
      assert.equal(made.code, 0, made.out);
      assert.match(made.out, /made the admin account admin@opt\.nc/);
      const argument = await userCreate(
        ['--role', 'admin', '--email', 'b@opt.nc', '--password', PASSWORD],
        { DATA_DIR: dataDir },
        '',
      );
      assert.notEqual(argument.code, 0);
      const short = await userCreate(
        ['--role', 'planner', '--email', 'c@opt.nc'],
        { DATA_DIR: dataDir },
        'short\n',
      );
      assert.notEqual(short.code, 0);
      assert.match(short.out, /at least 12 characters/);
      const db = await openDatabase({ dataDir });
      try {
        const rows = await db.rows<{ email: string }>(sql`SELECT email FROM accounts ORDER BY id`);
        assert.deepEqual(
          rows.map((r) => r.email),
          ['admin@opt.nc'],
        );
      } finally {
        await db.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('on an embedded data directory the running app holds: through the app, and the account signs in', async () => {
    const dataDir = await copyEmbeddedTemplate('seeded');
    const app = await startAppProcess({ DATA_DIR: dataDir });
    try {
      const made = await userCreate(
        ['--role', 'commune', '--email', 'mairie@kone.nc', '--commune', '98811'],
        { DATA_DIR: dataDir },
        `${PASSWORD}\n`,
      );
      assert.equal(made.code, 0, made.out);
      assert.match(made.out, /through the running app/);
      const again = await userCreate(
        ['--role', 'planner', '--email', 'mairie@kone.nc'],
        { DATA_DIR: dataDir },
        `${PASSWORD}\n`,
      );
      assert.notEqual(again.code, 0);
      assert.match(again.out, /exists already/);
      const login = await fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'mairie@kone.nc', password: PASSWORD }),
      });
      assert.equal(login.status, 200);
      assert.deepEqual(((await login.json()) as { account: unknown }).account, {
        id: 1,
        email: 'mairie@kone.nc',
        role: 'commune',
        commune: '98811',
      });
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  if (testBackends().includes('server')) {
    test('on a PostGIS server (DATABASE_URL)', async () => {
      const db = await openTestDatabase('server', 'migrated');
      try {
        const made = await userCreate(
          ['--role', 'planner', '--email', 'planner@opt.nc'],
          { DATABASE_URL: db.databaseUrl ?? '' },
          `${PASSWORD}\n`,
        );
        assert.equal(made.code, 0, made.out);
        const rows = await db.rows<{ role: string }>(sql`SELECT role::text AS role FROM accounts`);
        assert.deepEqual(rows, [{ role: 'planner' }]);
      } finally {
        await db.dispose();
      }
    });
  }
});
