// The app to measure in the browser benchmarks: this checkout, or another git ref (BASELINE_REF) in a
// temporary worktree sharing this one's node_modules, each built and served by its own server
// process on a free port over a fresh embedded database, so both are measured by the same code.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startAppProcess } from '../support/app-process.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

export interface CheckoutTarget {
  /** `current`, or the ref measured. */
  label: string;
  url: string;
  /** The built client the server sends (dist/client of the checkout). */
  clientDir: string;
  close(): Promise<void>;
}

async function buildClient(checkout: string): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await run(process.execPath, [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: checkout,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** What a target serves: its own first start's sample (the default), or a prepared data directory. */
export interface TargetData {
  /** An embedded data directory the target takes over (and removes on close). */
  dataDir?: string;
}

async function serve(
  label: string,
  checkout: string,
  cleanup: () => Promise<void>,
  data: TargetData = {},
): Promise<CheckoutTarget> {
  const dataDir = data.dataDir ?? (await mkdtemp(join(tmpdir(), 'nc-bench-data-')));
  try {
    await buildClient(checkout);
    // An empty DATA_DIR: the checkout's own migrations and sample (prepareDatabase) on first start.
    const app = await startAppProcess({ DATA_DIR: dataDir }, { cwd: checkout, startTimeoutMs: 180_000 });
    return {
      label,
      url: app.url,
      clientDir: join(checkout, 'dist', 'client'),
      close: async () => {
        await app.stop();
        await rm(dataDir, { recursive: true, force: true });
        await cleanup();
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    await cleanup();
    throw error;
  }
}

/** This checkout, as it stands (client rebuilt). */
export function currentTarget(data?: TargetData): Promise<CheckoutTarget> {
  return serve('current', ROOT, async () => {}, data);
}

/** `ref` checked out in a temporary worktree (removed on close), with this checkout's node_modules. */
export async function refTarget(ref: string, data?: TargetData): Promise<CheckoutTarget> {
  const { stdout } = await run('git', ['-C', ROOT, 'rev-parse', '--short', `${ref}^{commit}`]);
  const commit = stdout.trim();
  const checkout = await mkdtemp(join(tmpdir(), 'nc-bench-ref-'));
  await run('git', ['-C', ROOT, 'worktree', 'add', '--detach', checkout, commit]);
  await symlink(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  return serve(
    commit,
    checkout,
    async () => {
      await run('git', ['-C', ROOT, 'worktree', 'remove', '--force', checkout]);
      await rm(checkout, { recursive: true, force: true });
    },
    data,
  );
}
