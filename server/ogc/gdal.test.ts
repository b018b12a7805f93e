// GDAL's OAPIF driver, the GIS world's client, against the app on a real port of 127.0.0.1:
// it lists the collections, pages through the largest layer, filters by bbox and attribute on
// the server, and copies a layer to a GeoPackage in EPSG:3163. A dead proxy keeps it from
// reaching anything but 127.0.0.1.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import { ogrinfoPath } from '../../tests/support/system-deps.ts';
import { createApp } from '../app.ts';
import { layers } from '../layers/catalogue.ts';

const run = promisify(execFile);
const ogrinfo = ogrinfoPath();
const gdalEnv = {
  ...process.env,
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  no_proxy: '127.0.0.1',
  GDAL_HTTP_TIMEOUT: '30',
  GDAL_DISABLE_READDIR_ON_OPEN: 'EMPTY_DIR',
};

/** A GDAL tool (not blocking: the server answers from this same process). */
async function gdal(tool: 'ogrinfo' | 'ogr2ogr', args: string[]): Promise<string> {
  const path = (ogrinfo ?? '').replace(/ogrinfo$/, tool);
  const { stdout } = await run(path, args, { env: gdalEnv, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const featureCount = (info: string) => Number(/Feature Count: (\d+)/.exec(info)?.[1]);

for (const backend of testBackends()) {
  describe(
    `GDAL's OAPIF driver against /ogc (${backend})`,
    { skip: ogrinfo ? false : 'gdal-bin is not installed' },
    () => {
      let db: TestDatabase;
      let server: ReturnType<typeof serve>;
      let url = '';
      const seen: string[] = [];
      const count = async (query: ReturnType<typeof sql>) => (await db.rows<{ n: number }>(query))[0]?.n;

      before(async () => {
        db = await openTestDatabase(backend);
        const { app } = createApp(db);
        server = await new Promise<ReturnType<typeof serve>>((resolve) => {
          const s = serve(
            {
              fetch: (req: Request) => {
                seen.push(req.url);
                return app.fetch(req);
              },
              port: 0,
              hostname: '127.0.0.1',
            },
            () => resolve(s),
          );
        });
        url = `OAPIF:http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`;
      });
      after(async () => {
        await new Promise<void>((resolve) => {
          server?.close(() => resolve());
          (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
        });
        await db?.dispose();
      });

      test('ogrinfo lists every collection', async () => {
        const out = await gdal('ogrinfo', ['-ro', '-q', url]);
        for (const layer of layers) assert.match(out, new RegExp(`: ${layer.id} `), out);
      });

      test('ogrinfo -so on the largest layer gives its count (numberMatched), and reading it pages through all', async () => {
        const expected = await count(sql`SELECT count(*)::int n FROM settlements`);
        const summary = await gdal('ogrinfo', ['-ro', '-so', '-al', url, 'settlements']);
        assert.equal(featureCount(summary), expected);
        seen.length = 0;
        const all = await gdal('ogrinfo', ['-ro', '-al', url, 'settlements']);
        assert.equal(all.match(/^OGRFeature\(settlements\):/gm)?.length, expected);
        // GDAL 3.6 pages by 10 (its default; it does not read the OpenAPI limit) through the next links.
        assert.ok(seen.filter((u) => u.includes('after=')).length >= Math.floor((expected ?? 0) / 10) - 1);
      });

      test('-spat filters by bbox on the server', async () => {
        seen.length = 0;
        const out = await gdal('ogrinfo', [
          '-ro',
          '-so',
          '-al',
          '-spat',
          '166.3',
          '-22.4',
          '166.6',
          '-22.1',
          url,
          'schools',
        ]);
        const expected = await count(
          sql`SELECT count(*)::int n FROM schools WHERE ST_Intersects(geom, ST_MakeEnvelope(166.3, -22.4, 166.6, -22.1, 4326))`,
        );
        assert.ok(expected && expected > 0);
        assert.equal(featureCount(out), expected);
        assert.ok(
          seen.some((u) => u.includes('/items') && u.includes('bbox=')),
          seen.join('\n'),
        );
      });

      test('-where "status = \'active\'" gives the active terminals, filtered on the server', async () => {
        seen.length = 0;
        const out = await gdal('ogrinfo', [
          '-ro',
          '-so',
          '-al',
          '-where',
          "status = 'active'",
          url,
          'wifi-terminals',
        ]);
        assert.equal(
          featureCount(out),
          await count(sql`SELECT count(*)::int n FROM wifi_terminals WHERE status = 'active'`),
        );
        assert.ok(
          seen.some((u) => u.includes('/items') && /status(=|%3D|%20%3D)/i.test(u)),
          seen.join('\n'),
        );
      });

      test('ogr2ogr -t_srs EPSG:3163 copies a layer to a GeoPackage with all its features', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'ogc-gdal-'));
        try {
          const gpkg = join(dir, 'schools.gpkg');
          await gdal('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:3163', gpkg, url, 'schools']);
          const out = await gdal('ogrinfo', ['-ro', '-so', gpkg, 'schools']);
          assert.equal(featureCount(out), await count(sql`SELECT count(*)::int n FROM schools`));
          assert.match(out, /3163|RGNC91-93/);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    },
  );
}
