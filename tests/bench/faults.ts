// Reliability figures (issue 8): /api/health latency while maximal area analyses run, against
// health alone in the same run; and, on a PostgreSQL server that is stopped and started again,
// the time from the server accepting connections to the app's first correct answer.
import { openDatabase, type Database } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDatabase } from '../../db/seed.ts';
import { heavyAdmission } from '../../server/limits/limits.ts';
import { maximalPolygon } from '../fixtures/maximal-polygon.ts';
import { twoCommunes } from '../fixtures/two-communes.ts';
import { burstWithProbes, percentile } from '../support/http-burst.ts';
import { serveApp, timedFetch } from '../support/http-app.ts';
import { startPostgisCluster } from '../support/postgis-cluster.ts';

export interface HealthUnderLoadRow {
  condition: string;
  probes: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

const area = {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ polygon: maximalPolygon() }),
};

/** Health alone, then while one and then as many maximal requests as admission runs at once. */
export async function benchHealthUnderLoad(db: Database, rounds: number): Promise<HealthUnderLoadRow[]> {
  const app = await serveApp(db);
  try {
    await timedFetch(`${app.url}/api/gaps/area`, area); // warm
    const row = (condition: string, health: number[]): HealthUnderLoadRow => ({
      condition,
      probes: health.length,
      medianMs: percentile(health, 50),
      p99Ms: percentile(health, 99),
      maxMs: Math.max(...health),
    });
    const base = { baseUrl: app.url, path: '/api/gaps/area', init: area, probeEveryMs: 10 };
    const alone = await burstWithProbes({ ...base, count: 0, probes: 100 });
    const one = await burstWithProbes({ ...base, count: 1, rounds });
    const rows = [row('health alone', alone.health), row('1 maximal polygon request in flight', one.health)];
    const { concurrent } = heavyAdmission(db);
    if (concurrent > 1) {
      const full = await burstWithProbes({ ...base, count: concurrent, rounds });
      rows.push(row(`${concurrent} in flight (admission's limit)`, full.health));
    }
    return rows;
  } finally {
    await app.close();
  }
}

export interface RestartRow {
  mode: 'fast' | 'immediate';
  /** ms from pg_ctl start returning (accepting connections) to the first correct answer. */
  firstCorrectMs: number[];
}

/** Stops and starts a dedicated cluster `times` times per mode under a served app. */
export async function benchRestart(times: number): Promise<RestartRow[]> {
  const cluster = await startPostgisCluster();
  try {
    const setup = await openDatabase({ databaseUrl: cluster.url });
    await migrate(setup);
    await seedDatabase(setup, twoCommunes());
    await setup.close();
    const db = await openDatabase({ databaseUrl: cluster.url });
    const app = await serveApp(db);
    try {
      const expected = (await timedFetch(`${app.url}/api/communes`)).text;
      const rows: RestartRow[] = [];
      for (const mode of ['fast', 'immediate'] as const) {
        const firstCorrectMs: number[] = [];
        for (let i = 0; i < times; i++) {
          await cluster.stopServer(mode);
          await timedFetch(`${app.url}/api/communes`); // the app learns of the outage
          await new Promise((resolve) => setTimeout(resolve, 1000));
          await cluster.startServer();
          const accepting = performance.now();
          for (;;) {
            const res = await timedFetch(`${app.url}/api/communes`);
            if (res.status === 200 && res.text === expected) break;
            if (performance.now() - accepting > 30_000)
              throw new Error('no correct answer 30 s after restart');
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          firstCorrectMs.push(performance.now() - accepting);
        }
        rows.push({ mode, firstCorrectMs });
      }
      return rows;
    } finally {
      await app.close();
      await db.close();
    }
  } finally {
    await cluster.stop();
  }
}
