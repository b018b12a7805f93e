// `npm run bench`: medians on the seeded sample (and on a sample ten times larger for the
// planners' endpoints), on both backends, each endpoint against the same SQL run directly in the
// same run: these machines are shared and noisy, so the ratios are what travels.
// BENCH_ONLY=layers|planning|public|edits|faults|capacity runs one part; BENCH_RUNS sets the repetitions
// (default 15), BENCH_LOAD_SECONDS the measured seconds of each capacity run (default 10).
// BENCH_ONLY=imports: 100,000 points and 5,000 polygons imported and exported (BENCH_RUNS default 3
// there; BENCH_IMPORT_POINTS and BENCH_IMPORT_POLYGONS scale the files down for a try).
// BENCH_ONLY=slow-link: the public view over weak links in Chromium (BENCH_RUNS default 3 there),
// against BASELINE_REF too when set (e.g. BASELINE_REF=bff8096), side by side.
// BENCH_ONLY=map-idle: the map idle with coverage from tiles against GeoJSON (BASELINE_REF, default the
// commit before the tiles), on the sample and ten times it (BENCH_RUNS default 3 there).
// BENCH_ONLY=versions: zoomed-out layers from their generalised bands, 304s from the data version.
// BENCH_ONLY=tiles: vector tiles at z6, z10, z14, encoded, cached and 304, against the ST_AsMVT SQL.
// BENCH_ONLY=ogc-items: /ogc items against the same SQL and against MapServer 8 when installed
// (BENCH_LOAD_SECONDS default 3 there, BENCH_CLIENTS default 16, BENCH_MAPSERVER_WORKERS default 4).
import { openTestDatabase, type TemplateState } from '../support/databases.ts';
import { startPostgisCluster, type PostgisCluster } from '../support/postgis-cluster.ts';
import type { Backend } from '../../db/connection.ts';
import { benchCapacity } from './capacity.ts';
import { benchEdits } from './edits.ts';
import { benchEndpoints } from './endpoints.ts';
import { benchHealthUnderLoad, benchRestart } from './faults.ts';
import { benchExports, benchImports, generateInputs, type ImportInput } from './imports.ts';
import { benchLayers } from './layers.ts';
import { benchMapIdle } from './map-idle.ts';
import { benchVersions } from './versions.ts';
import { benchOgcItems } from './ogc-items.ts';
import { ogcItemsReport } from './ogc-items-report.ts';
import { planningCases } from './planning-cases.ts';
import { publicCases } from './public-cases.ts';
import { benchPublicReach } from './public-reach.ts';
import { table } from './stats.ts';
import { benchTiles } from './tiles.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const only = process.env.BENCH_ONLY;
if (only === 'slow-link') {
  console.log(await benchPublicReach(Number(process.env.BENCH_RUNS ?? 3), process.env.BASELINE_REF));
  process.exit(0);
}
if (only === 'map-idle') {
  console.log(await benchMapIdle(Number(process.env.BENCH_RUNS ?? 3), process.env.BASELINE_REF));
  process.exit(0);
}
let cluster: PostgisCluster | undefined;
if (!process.env.TEST_DATABASE_URL) {
  cluster = await startPostgisCluster();
  process.env.TEST_DATABASE_URL = cluster.url;
}

const importRuns = Number(process.env.BENCH_RUNS ?? 3);
const importSizes = {
  points: Number(process.env.BENCH_IMPORT_POINTS ?? 100_000),
  polygons: Number(process.env.BENCH_IMPORT_POLYGONS ?? 5_000),
};
/** Generated once, from the first backend's communes (the same on both). */
let importInputs: ImportInput[] | undefined;

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : '—');
const seconds = (n: number) => (Number.isFinite(n) ? (n / 1000).toFixed(2) : '—');

async function withDatabase(
  backend: Backend,
  state: TemplateState,
  fn: (db: Awaited<ReturnType<typeof openTestDatabase>>) => Promise<void>,
) {
  const started = performance.now();
  const db = await openTestDatabase(backend, state);
  console.error(
    `(${backend} ${state} database ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  try {
    await fn(db);
  } finally {
    await db.dispose();
  }
}

try {
  for (const backend of ['embedded', 'server'] satisfies Backend[]) {
    if (!only || only === 'tiles') {
      await withDatabase(backend, 'seeded', async (db) => {
        const rows = await benchTiles(db, runs);
        console.log(
          `\n## GET /tiles/{layers}/{z}/{x}/{y}.mvt — ${backend} backend, median of ${runs} runs\n`,
        );
        console.log(
          table(
            [
              'place',
              'tile',
              'layers',
              'status',
              'gzip KiB',
              'encoded ms',
              'ST_AsMVT SQL ms',
              'HTTP/SQL',
              'cached ms',
              '304 ms',
            ],
            rows.map((r) => [
              r.place,
              r.tile,
              r.layers,
              r.status,
              kb(r.gzipBytes),
              ms(r.encodedMs),
              ms(r.sqlMs),
              ratio(r.encodedMs, r.sqlMs),
              ms(r.cachedMs),
              ms(r.notModifiedMs),
            ]),
          ),
        );
      });
    }
    if (!only || only === 'layers') {
      await withDatabase(backend, 'seeded', async (db) => {
        const rows = await benchLayers(db, runs);
        console.log(`\n## GET /api/layers/:id — ${backend} backend, median of ${runs} runs\n`);
        console.log(
          table(
            ['layer', 'zoom', 'features', 'HTTP ms', 'SQL ms', 'HTTP/SQL', 'raw KiB', 'gzip KiB'],
            rows.map((r) => [
              r.layer,
              r.zoom,
              r.features,
              ms(r.httpMs),
              ms(r.sqlMs),
              (r.httpMs / r.sqlMs).toFixed(2),
              kb(r.rawBytes),
              kb(r.gzipBytes),
            ]),
          ),
        );
      });
    }
    if (!only || only === 'versions') {
      for (const state of ['seeded', 'seeded-x10'] satisfies TemplateState[]) {
        await withDatabase(backend, state, async (db) => {
          const rows = await benchVersions(db, runs);
          const label = state === 'seeded' ? 'sample' : 'sample ×10';
          console.log(`\n## Layers by data version — ${backend} backend, ${label}, median of ${runs} runs\n`);
          console.log(
            table(
              [
                'layer',
                'view',
                'zoom',
                'band SQL ms',
                'on-the-fly SQL ms',
                'raw SQL ms',
                'band/on-the-fly',
                'full HTTP ms',
                'gzip HTTP ms',
                '304 ms',
                '304/full',
              ],
              rows.map((r) => [
                r.layer,
                r.view,
                r.zoom,
                ms(r.bandSqlMs),
                ms(r.onTheFlySqlMs),
                ms(r.rawSqlMs),
                ratio(r.bandSqlMs, r.onTheFlySqlMs),
                ms(r.fullHttpMs),
                ms(r.gzipHttpMs),
                ms(r.notModifiedMs),
                ratio(r.notModifiedMs, r.fullHttpMs),
              ]),
            ),
          );
        });
      }
    }
    for (const [part, title, cases] of [
      ['planning', "Planners' endpoints", planningCases],
      ['public', "The public's endpoints", publicCases],
    ] as const) {
      if (only && only !== part) continue;
      for (const state of ['seeded', 'seeded-x10'] satisfies TemplateState[]) {
        await withDatabase(backend, state, async (db) => {
          const rows = await benchEndpoints(db, cases, runs);
          const label = state === 'seeded' ? 'sample' : 'sample ×10';
          console.log(`\n## ${title} — ${backend} backend, ${label}, median of ${runs} runs\n`);
          console.log(
            table(
              ['endpoint', 'HTTP ms', 'SQL ms', 'HTTP/SQL', 'KiB'],
              rows.map((r) => [
                r.name,
                ms(r.httpMs),
                ms(r.sqlMs),
                (r.httpMs / r.sqlMs).toFixed(2),
                kb(r.bytes),
              ]),
            ),
          );
        });
      }
    }
    if (!only || only === 'edits') {
      for (const state of ['seeded', 'seeded-x10'] satisfies TemplateState[]) {
        await withDatabase(backend, state, async (db) => {
          const rows = await benchEdits(db, runs);
          const label = state === 'seeded' ? 'sample' : 'sample ×10';
          console.log(`\n## Edits — ${backend} backend, ${label}, median of ${runs} runs\n`);
          console.log(
            table(
              ['edit', 'HTTP ms', 'same SQL ms', 'HTTP/SQL'],
              rows.map((r) => [r.name, ms(r.httpMs), ms(r.sqlMs), ratio(r.httpMs, r.sqlMs)]),
            ),
          );
        });
      }
    }
    if (!only || only === 'faults') {
      const rounds = Math.max(3, Math.round(runs / 3));
      await withDatabase(backend, 'seeded', async (db) => {
        const rows = await benchHealthUnderLoad(db, rounds);
        console.log(`\n## GET /api/health while maximal area analyses run — ${backend} backend, sample\n`);
        console.log(
          table(
            ['condition', 'probes', 'median ms', 'p99 ms', 'max ms'],
            rows.map((r) => [r.condition, r.probes, ms(r.medianMs), ms(r.p99Ms), ms(r.maxMs)]),
          ),
        );
      });
    }
    if (!only || only === 'imports') {
      await withDatabase(backend, 'seeded', async (db) => {
        importInputs ??= await generateInputs(db, importSizes);
        const rows = await benchImports(db, importInputs, importRuns);
        console.log(
          `\n## Imports (runImport) — ${backend} backend, sample + the generated file, median of ${importRuns} runs\n`,
        );
        console.log(
          table(
            [
              'file',
              'run',
              'features',
              'total s',
              'features/s',
              '× plain INSERT',
              'GDAL read s',
              'staging s',
              'checks + writes s',
              'report s',
              'refresh + commit s',
            ],
            rows.map((r) => [
              `${r.kind}, ${r.format}`,
              r.stages || r.failure ? (r.dryRun ? 'dry run' : 'commit') : 'rolled back',
              r.features,
              seconds(r.ms),
              Number.isFinite(r.ms) ? (r.features / (r.ms / 1000)).toFixed(0) : '—',
              ratio(r.ms, r.baselineMs),
              seconds(r.stages?.reading ?? NaN),
              seconds(r.stages?.staging ?? NaN),
              seconds(r.stages?.checksAndWrites ?? NaN),
              seconds(r.stages?.report ?? NaN),
              seconds(r.stages?.refreshAndCommit ?? NaN),
            ]),
          ),
        );
        for (const r of rows.filter((row) => row.failure))
          console.log(
            `\n- ${r.kind}, ${r.format}, ${r.dryRun ? 'dry run' : 'commit'} failed at ${r.failure}`,
          );
        const points = importInputs.find((i) => i.kind === 'points')!;
        const exports = await benchExports(db, points, importRuns);
        console.log(
          `\n## GET /api/export/wifi-terminals after the points' import — ${backend} backend, ${points.rows.length} imported, median of ${importRuns} runs\n`,
        );
        console.log(
          table(
            ['format', 'crs', 'HTTP ms', 'GeoJSON SQL ms', 'HTTP/SQL', 'MiB'],
            exports.map((r) => [
              r.format,
              r.crs,
              ms(r.httpMs),
              ms(r.sqlMs),
              ratio(r.httpMs, r.sqlMs),
              (r.bytes / 1024 / 1024).toFixed(1),
            ]),
          ),
        );
      });
    }
  }
  if (!only || only === 'faults') {
    const times = Math.max(3, Math.round(runs / 5));
    const rows = await benchRestart(times);
    console.log(`\n## First correct answer after a PostgreSQL restart — ${times} restarts per mode\n`);
    console.log(
      table(
        ['pg_ctl stop -m', 'median ms', 'max ms'],
        rows.map((r) => {
          const sorted = [...r.firstCorrectMs].sort((a, b) => a - b);
          return [r.mode, ms(sorted[Math.floor(sorted.length / 2)] ?? NaN), ms(sorted.at(-1) ?? NaN)];
        }),
      ),
    );
  }
  if (!only || only === 'ogc-items') {
    const options = {
      runs,
      load: {
        connections: Number(process.env.BENCH_CLIENTS ?? 16),
        seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 3),
        warmUpSeconds: 1,
      },
      workers: Number(process.env.BENCH_MAPSERVER_WORKERS ?? 4),
    };
    console.log(ogcItemsReport(await benchOgcItems(options), options));
  }
  if (!only || only === 'capacity') {
    const clients = 50;
    const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
    const rows = await benchCapacity({ clients, seconds });
    const baseline = rows.find((r) => r.setup.startsWith('server, 1'))?.requestsPerSecond ?? 1;
    console.log(`\n## Realistic mix, ${clients} concurrent clients, ${seconds} s after a 2 s warm-up\n`);
    console.log(
      table(
        ['setup', 'requests/s', '× server, 1 instance', 'p50 ms', 'p99 ms', 'requests', 'failed'],
        rows.map((r) => [
          r.setup,
          r.requestsPerSecond.toFixed(0),
          (r.requestsPerSecond / baseline).toFixed(2),
          ms(r.p50Ms),
          ms(r.p99Ms),
          r.requests,
          r.failed,
        ]),
      ),
    );
  }
} finally {
  await cluster?.stop();
}
