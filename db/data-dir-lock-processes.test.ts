// The lock between real processes: the app, `npm run db:seed`, two first starts at once, and the
// release when a process is interrupted or exits without closing (issue 8, embedded data safety).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startScript, type Ended } from '../tests/support/child-process.ts';
import { copyEmbeddedTemplate } from '../tests/support/databases.ts';
import { LOCK_FILE } from './data-dir-lock.ts';

const scratch = mkdtempSync(join(tmpdir(), 'nc-lock-proc-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function startApp(dataDir: string) {
  const port = await freePort();
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    CLIENT_DIR: scratch,
  };
  return { port, app: startScript('server/main.ts', [], env) };
}

/** Refused: exit code 1, the message names the directory and the holder, and no stack trace. */
function assertRefused(ended: Ended, dataDir: string, holderPid: number, holderScript: RegExp) {
  assert.equal(ended.code, 1, ended.stderr);
  assert.match(ended.stderr, new RegExp(`The data directory ${dataDir} is in use by pid ${holderPid} \\(`));
  assert.match(ended.stderr, holderScript);
  assert.match(ended.stderr, /stop that process first/);
  assert.doesNotMatch(ended.stderr, /^\s+at /m, 'no stack trace');
}

describe('data directory lock between processes', () => {
  test('while the app runs, db:seed and a second app are refused and the app keeps its data', async () => {
    const dataDir = await copyEmbeddedTemplate('seeded');
    const { port, app } = await startApp(dataDir);
    after(() => app.process.kill('SIGKILL'));
    await app.waitFor(/^map on /);

    const seed = await startScript('db/seed-cli.ts', [], { DATA_DIR: dataDir, DATABASE_URL: '' }).ended;
    assertRefused(seed, dataDir, app.pid, /server\/main\.ts/);
    assert.match(seed.stderr, /stop the app, run `npm run db:seed`, then start the app/);
    const second = await (await startApp(dataDir)).app.ended;
    assertRefused(second, dataDir, app.pid, /server\/main\.ts/);

    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as {
      counts: Record<string, number>;
    };
    assert.ok((health.counts.communes ?? 0) > 0, JSON.stringify(health));

    app.process.kill('SIGTERM');
    assert.equal((await app.ended).code, 0);
    assert.ok(!existsSync(join(dataDir, LOCK_FILE)), 'released on SIGTERM');
  });

  for (const [what, exists] of [
    ['an empty directory', true],
    ['a directory that does not exist yet', false],
  ] as const) {
    test(`two first starts at once on ${what}: exactly one proceeds`, { timeout: 500_000 }, async () => {
      const dataDir = join(scratch, what.replaceAll(' ', '-'), 'data');
      if (exists) mkdirSync(dataDir, { recursive: true });
      const a = await startApp(dataDir);
      const b = await startApp(dataDir);
      after(() => [a, b].forEach(({ app }) => app.process.kill('SIGKILL')));
      const first = await Promise.race([a.app.ended.then(() => a), b.app.ended.then(() => b)]);
      const winner = first === a ? b : a;
      assertRefused(await first.app.ended, dataDir, winner.app.pid, /server\/main\.ts/);
      // The winner migrates, then loads the sample. Once is enough to see it through to serving
      // (minutes of seeding); on the empty directory, its start of the loading is proof enough.
      if (exists) {
        await winner.app.waitFor(/^empty database: loading the generated sample data/, 400_000);
        winner.app.process.kill('SIGKILL');
        assert.equal((await winner.app.ended).signal, 'SIGKILL', 'it was still loading, not refused');
        return;
      }
      await winner.app.waitFor(/^map on /, 400_000);
      winner.app.process.kill('SIGTERM');
      assert.equal((await winner.app.ended).code, 0);
    });
  }

  test('SIGINT, SIGTERM and an exit without closing release the lock', async () => {
    const runs = (['SIGINT', 'SIGTERM', 'exit'] as const).map(async (how) => {
      const dataDir = await copyEmbeddedTemplate('migrated');
      const child = startScript('tests/support/data-dir-child.ts', [
        how === 'exit' ? 'exit' : 'hold',
        dataDir,
      ]);
      after(() => child.process.kill('SIGKILL'));
      await child.waitFor(/^step open$/);
      if (how !== 'exit') {
        assert.ok(existsSync(join(dataDir, LOCK_FILE)), 'held while open');
        child.process.kill(how);
      }
      const ended = await child.ended;
      assert.equal(ended.signal ?? 'exit', how, ended.stderr);
      assert.ok(!existsSync(join(dataDir, LOCK_FILE)), `released on ${how}`);
    });
    await Promise.all(runs);
  });
});
