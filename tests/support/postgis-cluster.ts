// Throwaway PostgreSQL cluster for tests: initdb into a temp dir, start on a free port of
// 127.0.0.1, create one database, delete everything on stop. PostgreSQL refuses to run as
// root, so under root the server binaries run as the `postgres` OS user.
import { execFile, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PostgisCluster {
  /** postgres://postgres@127.0.0.1:PORT/DB, trust authentication. */
  url: string;
  /** The temp dir holding data, socket and log; removed by stop(). */
  dir: string;
  /**
   * Stops the server and keeps its data, for fault tests: `fast` ends the sessions cleanly
   * (57P01), `immediate` kills the server as a crash would (crash recovery on the next start).
   */
  stopServer(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts the stopped server again on the same port; resolves once it accepts connections. */
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

export interface PostgresInstall {
  bindir: string;
  sharedir: string;
  /** Major version, e.g. 15. */
  major: number;
}

const DIR_PREFIX = 'nc-infra-pg-';
const DATABASE = 'nc_infra_test';

function run(file: string, args: string[]): string | undefined {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Where PostgreSQL's server binaries live: `pg_config --bindir` when it names a dir with initdb,
 * otherwise the newest /usr/lib/postgresql/N/bin (Debian's layout). Undefined when none is installed.
 */
export function findPostgresInstall(): PostgresInstall | undefined {
  const candidates: string[] = [];
  const fromPath = run('pg_config', ['--bindir']);
  if (fromPath) candidates.push(fromPath);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const majors = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...majors.map((major) => join(debianRoot, major, 'bin')));
  }
  const bindir = candidates.find((dir) => existsSync(join(dir, 'initdb')));
  if (!bindir) return undefined;
  const version = run(join(bindir, 'postgres'), ['--version']) ?? '';
  const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? NaN);
  const ownPgConfig = join(bindir, 'pg_config');
  const sharedir =
    run(existsSync(ownPgConfig) ? ownPgConfig : 'pg_config', ['--sharedir']) ??
    `/usr/share/postgresql/${major}`;
  return { bindir, sharedir, major };
}

/** The uid/gid the server must run as: the `postgres` user when we are root, ourselves otherwise. */
function serverIdentity(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(run('id', ['-u', 'postgres']));
  const gid = Number(run('id', ['-g', 'postgres']));
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new Error('running as root, but there is no `postgres` OS user to run PostgreSQL as');
  }
  return { uid, gid };
}

function exec(
  file: string,
  args: string[],
  cwd: string,
  asUser?: { uid: number; gid: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, encoding: 'utf8', ...asUser }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${basename(file)} ${args.join(' ')} failed: ${stderr || stdout || error.message}`));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function logTail(dir: string): string {
  const log = join(dir, 'server.log');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no server log)';
}

export interface StartOptions {
  /** Leave the server running when this process exits (the CLI's `start`); default false. */
  outliveProcess?: boolean;
}

export async function startPostgisCluster(options: StartOptions = {}): Promise<PostgisCluster> {
  const install = findPostgresInstall();
  if (!install)
    throw new Error(
      'PostgreSQL server binaries not found (no initdb in pg_config --bindir or /usr/lib/postgresql/*/bin)',
    );
  const asUser = serverIdentity();
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const data = join(dir, 'data');
  const bin = (name: string) => join(install.bindir, name);
  const stopSync = () => stopClusterSync(install.bindir, dir, asUser);
  // A safety net: a crashed or interrupted caller must not leave a server and its files behind.
  process.once('exit', stopSync);
  try {
    await exec(
      bin('initdb'),
      [
        '-D',
        data,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--no-locale',
        '--no-sync',
        '--no-instructions',
      ],
      dir,
      asUser,
    );
    // Durability is worthless for a database that is deleted after the run; speed is not.
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    let port = 0;
    const startServer = () =>
      exec(
        bin('pg_ctl'),
        ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', `-p ${port}`],
        dir,
        asUser,
      ).then(() => {});
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await startServer();
        break;
      } catch (error) {
        // Another process may have taken the port between freePort() and the server's bind.
        if (attempt === 3) throw new Error(`${(error as Error).message}\n${logTail(dir)}`, { cause: error });
      }
    }
    await exec(bin('createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE], dir);
    if (options.outliveProcess) process.off('exit', stopSync);
    let stopped: Promise<void> | undefined;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
      dir,
      stopServer: async (mode) => {
        await exec(bin('pg_ctl'), ['stop', '-D', data, '-m', mode, '-w', '-t', '30'], dir, asUser);
      },
      startServer,
      stop: () => {
        stopped ??= stopCluster(install.bindir, dir, asUser).finally(() => process.off('exit', stopSync));
        return stopped;
      },
    };
  } catch (error) {
    stopSync();
    process.off('exit', stopSync);
    throw error;
  }
}

async function stopCluster(
  bindir: string,
  dir: string,
  asUser?: { uid: number; gid: number },
): Promise<void> {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    await exec(join(bindir, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w'], dir, asUser).catch(() => {});
  }
  rmSync(dir, { recursive: true, force: true });
}

/** For process exit, where nothing asynchronous runs any more. */
function stopClusterSync(bindir: string, dir: string, asUser?: { uid: number; gid: number }): void {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      execFileSync(join(bindir, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w'], {
        cwd: dir,
        stdio: 'ignore',
        ...asUser,
      });
    } catch {
      // Already gone: nothing to stop.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * CLI, for shell scripts such as .ci/run:
 *   eval "$(node --import tsx tests/support/postgis-cluster.ts start)"   # exports TEST_DATABASE_URL, POSTGIS_CLUSTER_DIR
 *   node --import tsx tests/support/postgis-cluster.ts stop "$POSTGIS_CLUSTER_DIR"
 */
async function main(argv: string[]): Promise<number> {
  const [command, dirArg] = argv;
  if (command === 'start') {
    const cluster = await startPostgisCluster({ outliveProcess: true });
    console.log(`export TEST_DATABASE_URL='${cluster.url}'`);
    console.log(`export POSTGIS_CLUSTER_DIR='${cluster.dir}'`);
    return 0;
  }
  if (command === 'stop' && dirArg) {
    if (!basename(dirArg).startsWith(DIR_PREFIX) || !existsSync(join(dirArg, 'data', 'PG_VERSION'))) {
      console.error(
        `stop: ${dirArg} is not a cluster made by this script (expected ${DIR_PREFIX}* with data/PG_VERSION)`,
      );
      return 1;
    }
    const install = findPostgresInstall();
    if (!install) throw new Error('PostgreSQL server binaries not found');
    await stopCluster(install.bindir, dirArg, serverIdentity());
    return 0;
  }
  console.error('usage: postgis-cluster.ts start | stop <dir>');
  return 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
