// Capacity (issue #8): requests/s and latency of the realistic mix (tests/support/realistic-mix.ts)
// at 50 concurrent clients, against the real server process: one instance on each backend, and
// two instances over the server backend behind HAProxy. The load comes from a separate process.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { startAppProcess, type AppProcess } from '../support/app-process.ts';
import { copyEmbeddedTemplate, openTestDatabase } from '../support/databases.ts';
import { startHaproxy } from '../support/haproxy.ts';
import type { LoadSummary } from '../support/load.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface CapacityRow extends LoadSummary {
  setup: string;
}

function generateLoad(
  url: string,
  clients: number,
  warmUpMs: number,
  measuredMs: number,
): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'tests/bench/load-process.ts',
        url,
        String(clients),
        String(warmUpMs),
        String(measuredMs),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as LoadSummary);
      else reject(new Error(`the load generator exited with code ${code}`));
    });
  });
}

export async function benchCapacity(options: { clients: number; seconds: number }): Promise<CapacityRow[]> {
  const { clients } = options;
  const measuredMs = options.seconds * 1000;
  const warmUpMs = 2000;
  const rows: CapacityRow[] = [];
  const measure = async (setup: string, url: string) => {
    rows.push({ setup, ...(await generateLoad(url, clients, warmUpMs, measuredMs)) });
  };

  const dataDir = await copyEmbeddedTemplate('seeded');
  try {
    const app = await startAppProcess({ DATA_DIR: dataDir });
    try {
      await measure('embedded, 1 instance', app.url);
    } finally {
      await app.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  const db = await openTestDatabase('server');
  const apps: AppProcess[] = [];
  try {
    const env = { DATABASE_URL: db.databaseUrl ?? '' };
    apps.push(await startAppProcess(env));
    await measure('server, 1 instance', apps[0]?.url ?? '');
    apps.push(await startAppProcess(env));
    const balancer = await startHaproxy(apps.map((app, i) => ({ name: `app${i + 1}`, port: app.port })));
    try {
      await measure('server, 2 instances behind HAProxy', balancer.url);
    } finally {
      await balancer.stop();
    }
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await db.dispose();
  }
  return rows;
}
