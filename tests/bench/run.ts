// `npm run bench`: medians on the seeded sample, on both backends, each endpoint against the
// same SQL run directly in the same run (these machines are shared and noisy: ratios travel).
import { openTestDatabase } from '../support/databases.ts';
import { startPostgisCluster, type PostgisCluster } from '../support/postgis-cluster.ts';
import type { Backend } from '../../db/connection.ts';
import { benchLayers } from './layers.ts';
import { table } from './stats.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
let cluster: PostgisCluster | undefined;
if (!process.env.TEST_DATABASE_URL) {
  cluster = await startPostgisCluster();
  process.env.TEST_DATABASE_URL = cluster.url;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(2);
try {
  for (const backend of ['embedded', 'server'] satisfies Backend[]) {
    const db = await openTestDatabase(backend, 'seeded');
    try {
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
    } finally {
      await db.dispose();
    }
  }
} finally {
  await cluster?.stop();
}
