// QGIS's OAPIF provider (python3-qgis, tests/qgis/oapif_client.py) against /ogc on a real port of
// 127.0.0.1, in one headless QGIS process per backend: every collection loads with the database's
// feature count, a bbox and a subset string filter, features reproject to EPSG:3163 where PostGIS
// puts them; and a planner's API token in a QGIS Basic auth configuration is sent and accepted.
// QGIS 3.22 cannot edit through OAPIF (its provider has no Part 4: editing came with QGIS 3.32):
// there the test checks that QGIS says so and sends no write; a QGIS that can edit must change an
// attribute and commit, and the history must show the change via 'ogc' by that planner.
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
import { qgisPython } from '../../tests/support/system-deps.ts';
import { createApp } from '../app.ts';
import { createAccount } from '../auth/accounts.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { featureHistory } from '../edits/history.ts';
import { layers } from '../layers/catalogue.ts';

const run = promisify(execFile);
const python = qgisPython();
const script = new URL('../../tests/qgis/oapif_client.py', import.meta.url).pathname;
const BBOX = [166.3, -22.4, 166.6, -22.1] as const;
const PLANNER = 'planner.qgis@opt.nc';

interface QgisResult {
  version: string;
  valid: Record<string, boolean>;
  counts: Record<string, number | null>;
  bbox: number;
  subset: number;
  layerCrs: string;
  lambert: Record<string, [number, number]>;
  edit: {
    authStored: boolean;
    valid: boolean;
    capabilities: string;
    changeAttributeValues: boolean;
    startEditing: boolean;
    committed?: boolean;
    errors?: string[];
  };
}

/** QGIS major.minor as a number: 3.22 → 322. */
const versionNumber = (version: string) => {
  const [major, minor] = version.split(/[.-]/).map(Number);
  return (major ?? 0) * 100 + (minor ?? 0);
};

for (const backend of testBackends()) {
  describe(
    `QGIS's OAPIF provider against /ogc (${backend})`,
    { skip: python ? false : 'python3-qgis is not installed' },
    () => {
      let db: TestDatabase;
      let server: ReturnType<typeof serve>;
      let home = '';
      let result: QgisResult;
      let editedId = 0;
      const seen: { method: string; url: string; auth: string | null; status: number }[] = [];
      const count = async (query: ReturnType<typeof sql>) => (await db.rows<{ n: number }>(query))[0]?.n;

      before(async () => {
        db = await openTestDatabase(backend);
        const planner = await createAccount(db, {
          email: PLANNER,
          password: 'correct horse battery',
          role: 'planner',
          commune: null,
        });
        const { token } = await createApiToken(db, planner.id, 'QGIS');
        const [first] = await db.rows<{ id: number }>(sql`SELECT min(id)::int AS id FROM wifi_terminals`);
        editedId = first?.id ?? 0;
        const { app } = createApp(db);
        server = await new Promise<ReturnType<typeof serve>>((resolve) => {
          const s = serve(
            {
              fetch: async (req: Request) => {
                const res = await app.fetch(req);
                const auth = req.headers.get('authorization')?.split(' ')[0] ?? null;
                seen.push({ method: req.method, url: req.url, auth, status: res.status });
                return res;
              },
              port: 0,
              hostname: '127.0.0.1',
            },
            () => resolve(s),
          );
        });
        home = await mkdtemp(join(tmpdir(), 'qgis-home-'));
        const job = {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`,
          profile: join(home, 'profile'),
          collections: layers.map((l) => l.id),
          bbox: BBOX,
          subset: "level = 'primary'",
          email: PLANNER,
          token,
          edit: {
            collection: 'wifi-terminals',
            id: editedId,
            property: 'openingHours',
            value: '7h-19h (QGIS)',
          },
        };
        const started = performance.now();
        const { stdout } = await run(python ?? 'python3', [script, JSON.stringify(job)], {
          env: {
            ...process.env,
            HOME: home,
            XDG_RUNTIME_DIR: home,
            QT_QPA_PLATFORM: 'offscreen',
            http_proxy: 'http://127.0.0.1:9',
            https_proxy: 'http://127.0.0.1:9',
            no_proxy: '127.0.0.1',
          },
          timeout: 300_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
        assert.ok(line, `no RESULT line from QGIS:\n${stdout.slice(-2000)}`);
        result = JSON.parse(line.slice('RESULT '.length)) as QgisResult;
        console.log(
          `QGIS ${result.version}: ${Math.round(performance.now() - started)} ms, ${seen.length} requests`,
        );
      });
      after(async () => {
        await new Promise<void>((resolve) => {
          server?.close(() => resolve());
          (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
        });
        await db?.dispose();
        if (home) await rm(home, { recursive: true, force: true });
      });

      test('every collection loads with as many features as the database holds', async () => {
        for (const layer of layers) {
          assert.equal(result.valid[layer.id], true, `${layer.id} is not a valid QGIS layer`);
          const expected = await count(sql`SELECT count(*)::int AS n FROM ${sql.identifier(layer.table)}`);
          assert.equal(result.counts[layer.id], expected, layer.id);
        }
        // It pages through the next links.
        assert.ok(
          seen.some((r) => r.url.includes('/collections/settlements/items') && r.url.includes('after=')),
        );
      });

      test('a bbox and a subset string give the features PostGIS finds', async () => {
        assert.equal(
          result.bbox,
          await count(
            sql`SELECT count(*)::int AS n FROM schools WHERE ST_Intersects(geom, ST_MakeEnvelope(${BBOX[0]}, ${BBOX[1]}, ${BBOX[2]}, ${BBOX[3]}, 4326))`,
          ),
        );
        assert.equal(
          result.subset,
          await count(sql`SELECT count(*)::int AS n FROM schools WHERE level = 'primary'`),
        );
      });

      test('reprojected by QGIS to EPSG:3163, every school is within a centimetre of where PostGIS puts it', async () => {
        assert.equal(result.layerCrs, 'EPSG:4326');
        const rows = await db.rows<{ id: number; x: number; y: number }>(
          sql`SELECT id, ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT id, ST_Transform(geom, 3163) AS p FROM schools) s`,
        );
        assert.equal(Object.keys(result.lambert).length, rows.length);
        for (const row of rows) {
          const [x, y] = result.lambert[String(row.id)] ?? [NaN, NaN];
          assert.ok(
            Math.hypot(x - row.x, y - row.y) < 0.01,
            `school ${row.id}: ${x},${y} vs ${row.x},${row.y}`,
          );
        }
      });

      test("the planner's token goes as Basic auth and is accepted; editing as far as this QGIS goes", async () => {
        assert.equal(result.edit.authStored, true);
        assert.equal(result.edit.valid, true);
        const authed = seen.filter((r) => r.auth === 'Basic');
        assert.ok(authed.length > 0, 'QGIS sent no Basic auth');
        // Accepted: a page, or a 304 when QGIS revalidates the page its network cache holds.
        const accepted = (status: number) => status === 200 || status === 304;
        assert.ok(
          authed.every((r) => accepted(r.status)),
          JSON.stringify(authed.filter((r) => !accepted(r.status))),
        );
        if (result.edit.startEditing) {
          assert.equal(result.edit.committed, true, JSON.stringify(result.edit.errors));
          const [entry] = await featureHistory(db, 'wifi_terminals', editedId);
          assert.deepEqual([entry?.operation, entry?.via, entry?.author], ['update', 'ogc', PLANNER]);
          assert.equal(
            (entry?.after as { properties: Record<string, unknown> }).properties.openingHours,
            '7h-19h (QGIS)',
          );
        } else {
          // QGIS before 3.32 has no OAPIF editing: read-only capabilities, and not one write sent.
          assert.ok(versionNumber(result.version) < 332, `QGIS ${result.version} should edit through OAPIF`);
          assert.equal(result.edit.changeAttributeValues, false);
          assert.deepEqual([...new Set(seen.map((r) => r.method))], ['GET']);
        }
      });
    },
  );
}
