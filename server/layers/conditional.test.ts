// A layer's ETag is its data version (issue 12): a conditional GET is answered 304 without running
// the layer's query (on the server backend, even while another transaction holds the table
// locked), any committed write to the layer, to the communes or to the as-of date changes it, and
// the gzip answers kept per view follow the version. Zoomed out, line and area layers are read
// from generalised bands kept with the data, rebuilt when behind.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { FeatureCollection } from 'geojson';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { coordinatePrecision } from './features.ts';
import { degreesPerPixel } from './generalised.ts';

const GZIP = { 'Accept-Encoding': 'gzip' };

for (const backend of testBackends()) {
  describe(`layer answers by data version (${backend})`, () => {
    const api = useApi(backend);

    async function etagOf(path: string): Promise<string> {
      const res = await api.request(path);
      assert.equal(res.status, 200);
      await res.arrayBuffer();
      const etag = res.headers.get('etag');
      assert.ok(etag?.startsWith('W/"'), `a weak ETag, got ${etag}`);
      return etag ?? '';
    }

    test('a conditional GET of the current version is a 304 with the headers of a 200', async () => {
      const etag = await etagOf('/api/layers/wifi-terminals');
      const res = await api.request('/api/layers/wifi-terminals', { headers: { 'If-None-Match': etag } });
      assert.equal(res.status, 304);
      assert.equal(await res.text(), '');
      assert.equal(res.headers.get('etag'), etag);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
      assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/);
      // A list of tags, and the strong form of the same tag, match too (weak comparison).
      const listed = await api.request('/api/layers/wifi-terminals', {
        headers: { 'If-None-Match': `"nope", ${etag.slice(2)}` },
      });
      assert.equal(listed.status, 304);
      const other = await api.request('/api/layers/wifi-terminals', {
        headers: { 'If-None-Match': '"nope"' },
      });
      assert.equal(other.status, 200);
    });

    test('a write to the layer, to the communes or to the as-of date changes the ETag', async () => {
      const path = '/api/layers/wifi-terminals?zoom=9';
      const first = await etagOf(path);
      assert.equal(await etagOf(path), first, 'the same version twice');
      await api.db.rows(
        sql`UPDATE wifi_terminals SET opening_hours = '24h/24' WHERE id = (SELECT min(id) FROM wifi_terminals)`,
      );
      const afterEdit = await etagOf(path);
      assert.notEqual(afterEdit, first);
      const stale = await api.request(path, { headers: { 'If-None-Match': first } });
      assert.equal(stale.status, 200, 'the old ETag no longer matches');
      const body = (await stale.json()) as FeatureCollection;
      assert.ok(body.features.some((f) => f.properties?.openingHours === '24h/24'));

      await api.db.rows(sql`UPDATE communes SET name = name WHERE insee = '98818'`);
      const afterCommunes = await etagOf(path);
      assert.notEqual(afterCommunes, afterEdit);
      await api.db.rows(sql`UPDATE dataset SET as_of = '2026-06-30'`);
      assert.notEqual(await etagOf(path), afterCommunes);
      // Another layer's version is not touched by this one's edits.
      const schools = await etagOf('/api/layers/schools');
      await api.db.rows(
        sql`UPDATE wifi_terminals SET opening_hours = '6h-22h' WHERE id = (SELECT min(id) FROM wifi_terminals)`,
      );
      assert.equal(await etagOf('/api/layers/schools'), schools);
    });

    test('the gzip answer is the plain one compressed, kept per view, and follows the version', async () => {
      const path = '/api/layers/schools?commune=98818';
      const plain = await api.request(path);
      assert.equal(plain.headers.get('content-encoding'), null);
      const text = await plain.text();
      const zipped = await api.request(path, { headers: GZIP });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.equal(zipped.headers.get('content-type'), 'application/geo+json; charset=utf-8');
      const bytes = Buffer.from(await zipped.arrayBuffer());
      assert.equal(gunzipSync(bytes).toString('utf8'), text);
      await api.db.rows(
        sql`UPDATE schools SET name = 'École témoin' WHERE id = (SELECT min(id) FROM schools WHERE commune_insee = '98818')`,
      );
      const again = await api.request(path, { headers: GZIP });
      const changed = gunzipSync(Buffer.from(await again.arrayBuffer())).toString('utf8');
      assert.notEqual(changed, text);
      assert.match(changed, /École témoin/);
    });

    test('zoomed out, an area layer is read from its band, rebuilt after an edit', async () => {
      const band = 7;
      const layerPath = '/api/layers/mobile-coverage?zoom=6.5';
      const res = await api.request(layerPath);
      assert.equal(res.status, 200);
      const served = (await res.json()) as FeatureCollection;
      assert.ok(served.features.length > 0);
      const [kept] = await api.db.rows<{ n: number; same: number; fewer: boolean; current: boolean }>(sql`
        SELECT count(*)::int AS n,
          count(*) FILTER (WHERE ST_Equals(g.geom, ST_SimplifyPreserveTopology(t.geom, ${degreesPerPixel(band)})))::int AS same,
          sum(ST_NPoints(g.geom)) < sum(ST_NPoints(t.geom)) AS fewer,
          (SELECT v.version FROM generalised_versions v WHERE v.table_name = 'mobile_coverage' AND v.zoom = ${band})
            = (SELECT d.version FROM data_versions d WHERE d.table_name = 'mobile_coverage') AS current
        FROM generalised_geometries g JOIN mobile_coverage t ON t.id = g.id
        WHERE g.table_name = 'mobile_coverage' AND g.zoom = ${band}`);
      assert.equal(kept?.n, served.features.length, 'one kept geometry per feature');
      assert.equal(kept?.same, kept?.n, 'each is the layer simplified to a pixel at the band');
      assert.equal(kept?.fewer, true);
      assert.equal(kept?.current, true);

      // Moved by an edit: the next zoomed-out answer has the new shape.
      const [moved] = await api.db.rows<{ id: number }>(sql`
        UPDATE mobile_coverage SET geom = ST_Multi(ST_Buffer(ST_PointOnSurface(geom), 0.05, 4))
        WHERE id = (SELECT min(id) FROM mobile_coverage) RETURNING id`);
      const after = (await (await api.request(layerPath)).json()) as FeatureCollection;
      const feature = after.features.find((f) => f.id === moved?.id);
      assert.ok(feature);
      const [check] = await api.db.rows<{ same: boolean }>(sql`
        SELECT ST_Equals(ST_GeomFromGeoJSON(${JSON.stringify(feature.geometry)}),
          ST_GeomFromGeoJSON(ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, ${degreesPerPixel(band)}),
            ${coordinatePrecision(6.5)}))) AS same
        FROM mobile_coverage WHERE id = ${moved?.id ?? 0}`);
      assert.equal(check?.same, true, 'the band was rebuilt from the edited geometry');
    });

    if (backend === 'server') {
      test('a 304 reads no feature: it is answered while another transaction locks the table', async () => {
        const path = '/api/layers/fibre-zones';
        const etag = await etagOf(path);
        const url = api.db.databaseUrl;
        assert.ok(url);
        const other = postgres(url, { max: 1, onnotice: () => {} });
        let full: Promise<number> | undefined;
        try {
          await other.begin(async (tx) => {
            await tx`LOCK TABLE fibre_zones IN ACCESS EXCLUSIVE MODE`;
            const conditional = await api.request(path, { headers: { 'If-None-Match': etag } });
            assert.equal(conditional.status, 304);
            // The same GET without If-None-Match must wait for the lock: not answered meanwhile.
            full = api.request(path).then((r) => r.status);
            const raced = await Promise.race([full, new Promise((r) => setTimeout(() => r('waiting'), 500))]);
            assert.equal(raced, 'waiting');
          });
          assert.equal(await full, 200, 'answered once the lock is gone');
        } finally {
          await other.end({ timeout: 5 });
        }
      });
    }
  });
}
