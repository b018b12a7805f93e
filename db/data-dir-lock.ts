// One process owns an embedded data directory (issue 8). PGlite is a single-process database and
// takes no lock of its own (the postmaster.pid it writes always says pid -42), so two processes on
// one directory would both write it: the second one's changes vanish from the first one's view
// and the directory no longer opens afterwards. The lock is a file inside the directory.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isRunning, startTicks, thisBootId, type ProcessIdentity } from './process-identity.ts';

export const LOCK_FILE = 'nc-infra-map.lock';

/** What the lock file says about the process that holds the directory. */
export interface LockHolder extends ProcessIdentity {
  /** When the lock was taken, ISO 8601. */
  since: string;
  /** The command line, to tell the operator which process to stop. */
  command: string;
}

export interface DataDirLock {
  release(): void;
}

/** The directory is held by another process (or this one), or its lock file cannot be read. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
    detail?: string,
  ) {
    const file = join(dataDir, LOCK_FILE);
    super(
      holder
        ? `The data directory ${dataDir} is in use by pid ${holder.pid}` +
            (holder.hostname === hostname() ? '' : ` on host ${holder.hostname}`) +
            ` (${holder.command}) since ${holder.since}.` +
            ' Only one process at a time may open an embedded database: stop that process first,' +
            ' or set DATA_DIR to another directory.' +
            (holder.hostname === hostname() ? '' : ` If that host no longer runs it, delete ${file}.`)
        : `The data directory ${dataDir} has a lock file that cannot be read (${detail}).` +
            ` If no process uses this directory, delete ${file}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** The directories this process holds, with the exact text of each lock file. */
const held = new Map<string, { holder: LockHolder; text: string }>();

function currentCommand(): string {
  const script = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}: ` : '';
  return script + [basename(process.execPath), ...process.execArgv, ...process.argv.slice(1)].join(' ');
}

function readHolder(file: string): { holder?: LockHolder; text: string; problem?: string } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released meanwhile
    throw err;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (!Number.isInteger(holder.pid) || typeof holder.hostname !== 'string') throw new Error('no pid');
    return { holder, text };
  } catch (err) {
    return { text, problem: (err as Error).message };
  }
}

/** A lock whose process is gone: it crashed, was killed, or the machine rebooted since. */
function isStale(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return false; // another machine's processes cannot be seen
  const boot = thisBootId();
  if (boot && holder.bootId && boot !== holder.bootId) return true;
  // Our own pid in a lock we do not hold: a previous life of this pid (a container's pid 1).
  if (holder.pid === process.pid) return true;
  return !isRunning(holder);
}

/**
 * Moves a stale lock aside and deletes it. Renaming is atomic: if another process broke the same
 * stale lock and took the directory in between, the file we moved is its fresh lock, and goes back.
 */
function breakStaleLock(file: string, staleText: string): boolean {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  try {
    if (readFileSync(aside, 'utf8') === staleText) return true;
    linkSync(aside, file);
    return false;
  } finally {
    unlinkSync(aside);
  }
}

/** Writes the complete lock text to a private file first, so the lock never appears half-written. */
function writePrivateCopy(file: string, text: string): string {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** Private copies and moved-aside locks that processes killed at that very moment left behind. */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^nc-infra-map\.lock\.(?:stale-)?(\d+)-[0-9a-f]{8}$/.exec(name)?.[1];
    if (pid && !isRunning({ pid: Number(pid), hostname: hostname() }))
      rmSync(join(dir, name), { force: true });
  }
}

function releaseAll(): void {
  for (const dir of [...held.keys()]) release(dir);
}

/** On SIGINT/SIGTERM/SIGHUP with no handler of the program's own, release, then die as usual. */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // the program closes the database itself
  releaseAll();
  removeExitHooks();
  process.kill(process.pid, signal);
}
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function addExitHooks(): void {
  process.on('exit', releaseAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}
function removeExitHooks(): void {
  process.off('exit', releaseAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function release(dir: string): void {
  const mine = held.get(dir);
  if (!mine) return;
  held.delete(dir);
  if (held.size === 0) removeExitHooks();
  const file = join(dir, LOCK_FILE);
  // Only our own lock: never a file someone put there after deleting ours by hand.
  if (readHolder(file)?.text === mine.text) unlinkSync(file);
}

/** The directory path PGlite will use, or undefined for its in-memory and browser stores. */
export function dataDirPath(dataDir: string): string | undefined {
  if (dataDir.startsWith('file://')) return dataDir.slice('file://'.length);
  if (!dataDir || /^(memory|idb|opfs-ahp):\/\//.test(dataDir)) return undefined;
  return dataDir;
}

/**
 * Takes the directory for this process, creating it if needed, or throws DataDirLockedError naming
 * the holder. A lock left by a dead process on this host is recovered, and `log` says so.
 */
export function lockDataDir(dataDir: string, log: (line: string) => void = console.warn): DataDirLock {
  const path = dataDirPath(dataDir);
  if (path === undefined) return { release: () => {} };
  mkdirSync(path, { recursive: true });
  const dir = realpathSync(resolve(path));
  const file = join(dir, LOCK_FILE);
  const own = held.get(dir);
  if (own) throw new DataDirLockedError(dir, own.holder);

  const [bootId, ticks] = [thisBootId(), startTicks(process.pid)];
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    since: new Date().toISOString(),
    command: currentCommand(),
    ...(bootId ? { bootId } : {}),
    ...(ticks ? { startTicks: ticks } : {}),
  };
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  const temp = writePrivateCopy(file, text);
  try {
    // A few rounds: each one either takes the lock, fails for good, or removes a stale lock.
    for (let round = 0; round < 5; round++) {
      try {
        linkSync(temp, file); // atomic: fails with EEXIST when the lock exists
        if (held.size === 0) addExitHooks();
        held.set(dir, { holder, text });
        removeLeftovers(dir);
        return { release: () => release(dir) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const found = readHolder(file);
      if (!found) continue;
      if (!found.holder) throw new DataDirLockedError(dir, undefined, found.problem);
      if (!isStale(found.holder)) throw new DataDirLockedError(dir, found.holder);
      if (breakStaleLock(file, found.text)) {
        const h = found.holder;
        log(
          `recovered the lock of ${dir}: pid ${h.pid} (${h.command}, since ${h.since}) is no longer running`,
        );
      }
    }
    const last = readHolder(file);
    throw new DataDirLockedError(dir, last?.holder, last?.problem ?? 'it keeps changing');
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * For entry points: a held directory ends the program with the message and exit code 1, no stack
 * trace; any other error is rethrown. `hint` adds what to do in that program's own terms.
 */
export function exitIfDataDirLocked(hint = ''): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(hint ? `${error.message} ${hint}` : error.message);
    process.exit(1);
  };
}
