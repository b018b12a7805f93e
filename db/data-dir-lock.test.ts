// The data directory lock's rules, on real files: who holds it, when a lock is stale, what the
// refusal says; and that closing releases it, so templates copied per test never carry one.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { copyEmbeddedTemplate } from '../tests/support/databases.ts';
import { openDatabase } from './connection.ts';
import { DataDirLockedError, LOCK_FILE, lockDataDir, type LockHolder } from './data-dir-lock.ts';
import { startTicks, thisBootId } from './process-identity.ts';

const scratch = mkdtempSync(join(tmpdir(), 'nc-lock-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(scratch, `dir-${++n}`);

/** Puts a lock file of some other process into a new directory. */
function dirLockedBy(holder: Partial<LockHolder> & { pid: number }): string {
  const dir = freshDir();
  lockDataDir(dir).release();
  const lock: LockHolder = {
    hostname: hostname(),
    since: '2026-01-01T00:00:00.000Z',
    command: 'node --import tsx server/main.ts',
    ...holder,
  };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(lock));
  return dir;
}

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

/** A live process that is not this one; ended after the test. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  after(() => child.kill('SIGKILL'));
  return child.pid ?? -1;
}

const refusal = (dir: string, pid: number) => (err: unknown) => {
  assert.ok(err instanceof DataDirLockedError, String(err));
  assert.match(err.message, new RegExp(`data directory ${dir} is in use by pid ${pid}\\b`));
  assert.match(err.message, /stop that process first/);
  return true;
};

describe('data directory lock', () => {
  test('creates a missing directory and records pid, host, time and command', () => {
    const dir = join(freshDir(), 'nested', 'data');
    const lock = lockDataDir(dir);
    const holder = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;
    assert.equal(holder.pid, process.pid);
    assert.equal(holder.hostname, hostname());
    assert.ok(Math.abs(Date.parse(holder.since) - Date.now()) < 60_000);
    assert.match(holder.command, /node/);
    lock.release();
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a held directory is refused, naming it and the holder', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    try {
      assert.throws(() => lockDataDir(dir), refusal(dir, process.pid));
    } finally {
      lock.release();
    }
  });

  test('a live process holding the directory is named with its command and since when', () => {
    const pid = liveProcess();
    const dir = dirLockedBy({ pid });
    assert.throws(() => lockDataDir(dir), refusal(dir, pid));
    assert.throws(
      () => lockDataDir(dir),
      /\(node --import tsx server\/main\.ts\) since 2026-01-01T00:00:00\.000Z/,
    );
  });

  test('the lock of a process that no longer runs is recovered, and the log says so', () => {
    const pid = deadPid();
    const dir = dirLockedBy({ pid });
    const log: string[] = [];
    const lock = lockDataDir(dir, (line) => log.push(line));
    assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
    assert.equal(log.length, 1);
    assert.match(log[0] ?? '', new RegExp(`recovered the lock of ${dir}: pid ${pid} .* no longer running`));
    lock.release();
  });

  // The two below read /proc, as on every Linux machine the app is deployed on.
  test('a reused pid (another process under it since) counts as gone', () => {
    assert.ok(startTicks(process.pid));
    const dir = dirLockedBy({ pid: liveProcess(), startTicks: '1' });
    lockDataDir(dir, () => {}).release();
  });

  test('a lock from before the last boot counts as gone', () => {
    assert.ok(thisBootId());
    const dir = dirLockedBy({ pid: liveProcess(), bootId: 'another-boot' });
    lockDataDir(dir, () => {}).release();
  });

  test("another host's lock is refused: its processes cannot be seen from here", () => {
    const dir = dirLockedBy({ pid: deadPid(), hostname: 'elsewhere.example' });
    assert.throws(
      () => lockDataDir(dir),
      /in use by pid \d+ on host elsewhere\.example .* delete .*nc-infra-map\.lock/,
    );
  });

  test('an unreadable lock file is refused with what to do', () => {
    const dir = freshDir();
    lockDataDir(dir).release();
    writeFileSync(join(dir, LOCK_FILE), '');
    assert.throws(() => lockDataDir(dir), new RegExp(`${dir} has a lock file that cannot be read .* delete`));
  });

  test('memory:// needs no lock', () => {
    lockDataDir('memory://').release();
  });

  test('an open database holds its directory, closing releases it, and a copy of it opens', async () => {
    const dataDir = await copyEmbeddedTemplate('migrated');
    after(() => rmSync(dataDir, { recursive: true, force: true }));
    assert.ok(!existsSync(join(dataDir, LOCK_FILE)), 'the template carries no lock');
    const db = await openDatabase({ dataDir });
    assert.ok(existsSync(join(dataDir, LOCK_FILE)));
    await assert.rejects(openDatabase({ dataDir }), refusal(dataDir, process.pid));
    await db.close();
    assert.ok(!existsSync(join(dataDir, LOCK_FILE)));
    const again = await openDatabase({ dataDir });
    await again.close();
  });
});
