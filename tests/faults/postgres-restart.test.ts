// The server backend while PostgreSQL stops and starts under the app (issue 8, item 3): during
// the outage every data endpoint answers 503 unavailable with Retry-After within 2 s and the
// health check within 1 s; once the server accepts connections again, every endpoint gives the
// same answers as before within 2 s, without restarting the app. A dedicated cluster, since the
// test stops it: `pg_ctl stop -m fast` (sessions ended cleanly) and `-m immediate` (a crash).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDatabase } from '../../db/seed.ts';
import { twoCommunes } from '../fixtures/two-communes.ts';
import { startPostgisCluster, type PostgisCluster } from '../support/postgis-cluster.ts';
import { serveApp, timedFetch, type ServedApp } from '../support/http-app.ts';

const polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [166.4, -22.3],
      [166.5, -22.3],
      [166.5, -22.1],
      [166.4, -22.1],
      [166.4, -22.3],
    ],
  ],
};
const json = { method: 'POST', headers: { 'Content-Type': 'application/json' } };

/** Every endpoint that reads the database, with the fixture's known places. */
const dataEndpoints: [path: string, init?: RequestInit][] = [
  ['/api/config'],
  ['/api/layers'],
  ['/api/layers/schools'],
  ['/api/communes'],
  ['/api/communes/98818'],
  ['/api/communes/98818/coordination'],
  ['/api/gaps?technology=fibre'],
  ['/api/gaps?technology=4g&format=csv'],
  ['/api/gaps/places'],
  ['/api/gaps/white-zones'],
  ['/api/gaps/area', { ...json, body: JSON.stringify({ polygon }) }],
  ['/api/gaps/area', { ...json, body: JSON.stringify({ center: [166.45, -22.25], radiusM: 3000 }) }],
  ['/api/stats/communes'],
  ['/api/stats/communes/98818'],
  ['/api/projects'],
  ['/api/search?q=noumea'],
  ['/api/wifi/nearest?lon=166.45&lat=-22.25'],
  ['/api/here?lon=166.45&lat=-22.25'],
];

const label = ([path, init]: [string, RequestInit?]) =>
  `${init?.method ?? 'GET'} ${path}${init?.body ? ` ${String(init.body).slice(0, 12)}` : ''}`;

describe('PostgreSQL stopped and started under the app (server backend)', () => {
  let cluster: PostgisCluster;
  let db: Database;
  let app: ServedApp;
  const before200 = new Map<string, string>();

  before(async () => {
    cluster = await startPostgisCluster();
    const setup = await openDatabase({ databaseUrl: cluster.url });
    await migrate(setup);
    await seedDatabase(setup, twoCommunes());
    await setup.close();
    db = await openDatabase({ databaseUrl: cluster.url, maxConnections: 4 });
    app = await serveApp(db);
    for (const endpoint of dataEndpoints) {
      const res = await timedFetch(`${app.url}${endpoint[0]}`, endpoint[1]);
      assert.equal(res.status, 200, `${label(endpoint)} before the outage: ${res.text.slice(0, 200)}`);
      before200.set(label(endpoint), res.text);
    }
  });

  after(async () => {
    await app?.close();
    await db?.close();
    await cluster?.stop();
  });

  for (const mode of ['fast', 'immediate'] as const) {
    test(`pg_ctl stop -m ${mode}: 503 + Retry-After at once, the same answers within 2 s of the restart`, async (t) => {
      await cluster.stopServer(mode);
      try {
        const during = await Promise.all(
          dataEndpoints.map(([path, init]) => timedFetch(`${app.url}${path}`, init)),
        );
        during.forEach((res, i) => {
          const name = label(dataEndpoints[i]!);
          assert.equal(res.status, 503, `${name} while the database is down: ${res.text.slice(0, 200)}`);
          assert.equal((JSON.parse(res.text) as { error: string }).error, 'unavailable', name);
          assert.match(res.headers.get('retry-after') ?? '', /^\d+$/, `${name}: Retry-After`);
          assert.ok(res.ms < 2000, `${name} answered in ${res.ms.toFixed(0)} ms while the database is down`);
        });
        t.diagnostic(`slowest 503 while down: ${Math.max(...during.map((r) => r.ms)).toFixed(0)} ms`);
        for (let i = 0; i < 3; i++) {
          const health = await timedFetch(`${app.url}/api/health`);
          assert.equal(health.status, 503);
          assert.ok(health.headers.get('retry-after'));
          assert.ok(
            health.ms < 1000,
            `health answered in ${health.ms.toFixed(0)} ms while the database is down`,
          );
        }
      } finally {
        await cluster.startServer();
      }
      const accepting = performance.now();
      const healthy = async (): Promise<number> => {
        for (;;) {
          const res = await timedFetch(`${app.url}/api/health`);
          if (res.status === 200) return performance.now() - accepting;
          if (performance.now() - accepting > 5000) throw new Error(`health still ${res.status} after 5 s`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      const [healthMs, recovered] = await Promise.all([
        healthy(),
        Promise.all(
          dataEndpoints.map(async (endpoint) => {
            for (;;) {
              const res = await timedFetch(`${app.url}${endpoint[0]}`, endpoint[1]);
              const elapsed = performance.now() - accepting;
              if (res.status === 200) {
                assert.equal(
                  res.text,
                  before200.get(label(endpoint)),
                  `${label(endpoint)} after the restart`,
                );
                return elapsed;
              }
              assert.equal(
                res.status,
                503,
                `${label(endpoint)} after the restart: ${res.text.slice(0, 200)}`,
              );
              if (elapsed > 5000)
                throw new Error(`${label(endpoint)} still 503 ${elapsed.toFixed(0)} ms after the restart`);
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          }),
        ),
      ]);
      const slowest = Math.max(...recovered);
      t.diagnostic(
        `every endpoint right again ${slowest.toFixed(0)} ms after the restart, health ${healthMs.toFixed(0)} ms`,
      );
      assert.ok(
        slowest < 2000,
        `the last endpoint answered right ${slowest.toFixed(0)} ms after the restart`,
      );
      assert.ok(healthMs < 2000, `health answered 200 ${healthMs.toFixed(0)} ms after the restart`);
    });
  }
});
