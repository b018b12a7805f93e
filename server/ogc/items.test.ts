// /ogc/collections/{id}/items on both backends, each answer checked against SQL on the same
// database: paging through the largest layer, bbox in each CRS, datetime, property parameters,
// CQL2 filters, the response CRS, one feature.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';

interface Page {
  type: string;
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: { href: string; rel: string; type: string }[];
  features: {
    id: number | string;
    geometry: { type: string; coordinates: [number, number] };
    properties: Record<string, unknown>;
  }[];
}

/** The largest layer of the seeded sample (454 settlements; checked below). */
const LARGEST = { collection: 'settlements', table: 'settlements' };

for (const backend of testBackends()) {
  describe(`OGC API items (${backend})`, () => {
    const api = useApi(backend);
    const count = async (table: string, where: SQL) =>
      (
        await api.db.rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${where}`,
        )
      )[0]?.n;
    const page = async (path: string) => {
      const res = await api.request(path);
      const body = (await res.json()) as Page;
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
      return { body, headers: res.headers };
    };
    const matched = async (path: string) => (await page(path)).body.numberMatched;

    test('walking every next link of the largest layer returns each feature once, in id order', async () => {
      const [largest] = await api.db.rows<{ n: number }>(
        sql`SELECT max(n)::int AS n FROM (SELECT count(*) n FROM settlements UNION ALL SELECT count(*) FROM schools UNION ALL SELECT count(*) FROM mobile_sites UNION ALL SELECT count(*) FROM mobile_coverage) s`,
      );
      const expected = (await api.db.rows<{ id: number }>(sql`SELECT id FROM settlements ORDER BY id`)).map(
        (r) => r.id,
      );
      assert.equal(expected.length, largest?.n);
      const seen: (number | string)[] = [];
      let path: string | undefined = `/ogc/collections/${LARGEST.collection}/items?limit=100`;
      let pages = 0;
      while (path) {
        const { body, headers } = await page(path);
        assert.match(headers.get('content-type') ?? '', /^application\/geo\+json/);
        assert.equal(body.numberMatched, expected.length);
        assert.equal(body.numberReturned, body.features.length);
        assert.ok(body.features.length <= 100);
        seen.push(...body.features.map((f) => f.id));
        const next = body.links.find((l) => l.rel === 'next');
        assert.ok(!next || next.type === 'application/geo+json');
        path = next?.href.replace('http://localhost', '');
        pages += 1;
      }
      assert.equal(pages, Math.ceil(expected.length / 100));
      assert.deepEqual(seen, expected);
    });

    test('from the last page, every prev link walks back through the same pages, a filter kept', async () => {
      const filter = encodeURIComponent("kind <> 'town'");
      const forward: (number | string)[][] = [];
      let last = '';
      for (
        let path: string | undefined = `/ogc/collections/settlements/items?limit=70&filter=${filter}`;
        path;
      ) {
        const { body } = await page(path);
        forward.push(body.features.map((f) => f.id));
        last = path;
        path = body.links.find((l) => l.rel === 'next')?.href.replace('http://localhost', '');
      }
      assert.ok(forward.length > 2);
      const backward: (number | string)[][] = [];
      for (let path: string | undefined = last; path;) {
        const { body } = await page(path);
        backward.unshift(body.features.map((f) => f.id));
        const prev = body.links.find((l) => l.rel === 'prev');
        assert.ok(!prev || /[?&]filter=/.test(prev.href), 'the filter is kept');
        path = prev?.href.replace('http://localhost', '');
      }
      // Backwards, the pages end where the first one starts: the first page of 70 from the top.
      assert.deepEqual(backward.flat(), forward.flat());
      const first = (await page(`/ogc/collections/settlements/items?limit=70&filter=${filter}`)).body;
      assert.equal(
        first.links.find((l) => l.rel === 'prev'),
        undefined,
        'no prev on the first page',
      );
      const both = await api.request('/ogc/collections/settlements/items?after=5&before=9');
      assert.equal(both.status, 400);
    });

    test('a page has self and collection links, a timeStamp and the default limit of 100', async () => {
      const { body, headers } = await page('/ogc/collections/settlements/items');
      assert.equal(body.type, 'FeatureCollection');
      assert.equal(body.numberReturned, 100);
      assert.ok(Date.parse(body.timeStamp) > 0);
      assert.deepEqual(
        body.links.map((l) => l.rel),
        ['self', 'alternate', 'next', 'collection'],
      );
      assert.equal(headers.get('content-crs'), '<http://www.opengis.net/def/crs/OGC/1.3/CRS84>');
    });

    test('a page after an insert and a delete still gives every other feature once (keyset paging)', async () => {
      const first = (await page('/ogc/collections/wifi-terminals/items?limit=30')).body;
      const next = first.links.find((l) => l.rel === 'next')?.href.replace('http://localhost', '') ?? '';
      const firstIds = first.features.map((f) => Number(f.id));
      await api.db.rows(sql`DELETE FROM wifi_terminals WHERE id = ${firstIds[0] ?? 0}`);
      let rest: number[] = [];
      for (let path: string | undefined = next; path;) {
        const { body } = await page(path);
        rest = rest.concat(body.features.map((f) => Number(f.id)));
        path = body.links.find((l) => l.rel === 'next')?.href.replace('http://localhost', '');
      }
      const all = (await api.db.rows<{ id: number }>(sql`SELECT id FROM wifi_terminals ORDER BY id`)).map(
        (r) => r.id,
      );
      assert.deepEqual(
        rest,
        all.filter((id) => id > (firstIds.at(-1) ?? 0)),
      );
    });

    test('bbox in CRS84, in EPSG:4326 (lat/lon) and in EPSG:3163 selects what PostGIS selects', async () => {
      const expected = await count(
        'schools',
        sql`ST_Intersects(geom, ST_MakeEnvelope(166.3, -22.4, 166.6, -22.1, 4326))`,
      );
      assert.ok(expected && expected > 0);
      assert.equal(await matched('/ogc/collections/schools/items?bbox=166.3,-22.4,166.6,-22.1'), expected);
      const epsg4326 = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/4326');
      assert.equal(
        await matched(`/ogc/collections/schools/items?bbox=-22.4,166.3,-22.1,166.6&bbox-crs=${epsg4326}`),
        expected,
      );
      const lambert = await count(
        'schools',
        sql`ST_Intersects(ST_Transform(geom, 3163), ST_MakeEnvelope(440000, 200000, 470000, 240000, 3163))`,
      );
      const epsg3163 = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/9.6.2/3163');
      assert.ok(lambert && lambert > 0);
      assert.equal(
        await matched(`/ogc/collections/schools/items?bbox=440000,200000,470000,240000&bbox-crs=${epsg3163}`),
        lambert,
      );
    });

    test('datetime: an instant, a closed interval and open ones', async () => {
      const [day] = await api.db.rows<{ d: string }>(
        sql`SELECT to_char(min(connected_on), 'YYYY-MM-DD') d FROM schools`,
      );
      const instant = await count('schools', sql`connected_on = ${day?.d}::date`);
      assert.equal(await matched(`/ogc/collections/schools/items?datetime=${day?.d}`), instant);
      const between = await count('schools', sql`connected_on BETWEEN '2015-01-01' AND '2020-12-31'`);
      assert.equal(
        await matched('/ogc/collections/schools/items?datetime=2015-01-01/2020-12-31T23:00:00Z'),
        between,
      );
      const since = await count('schools', sql`connected_on >= '2018-01-01'`);
      assert.equal(await matched('/ogc/collections/schools/items?datetime=2018-01-01/..'), since);
      const until = await count('schools', sql`connected_on <= '2018-01-01'`);
      assert.equal(await matched('/ogc/collections/schools/items?datetime=../2018-01-01'), until);
      assert.ok(since && until && since + until > 0);
    });

    test('a property parameter filters on equality', async () => {
      const expected = await count('wifi_terminals', sql`status = 'active'`);
      assert.ok(expected && expected > 0 && expected < 89);
      const { body } = await page('/ogc/collections/wifi-terminals/items?status=active&limit=1000');
      assert.equal(body.numberMatched, expected);
      assert.ok(body.features.every((f) => f.properties.status === 'active'));
      const pupils = await count('schools', sql`pupils = 120`);
      assert.equal(await matched('/ogc/collections/schools/items?pupils=120'), pupils);
    });

    test('CQL2-Text and CQL2-JSON filters select what SQL selects', async () => {
      const text =
        "status <> 'planned' AND S_INTERSECTS(geometry, BBOX(166, -23, 167, -21)) AND CASEI(siteName) LIKE '%a%'";
      const expected = await count(
        'wifi_terminals',
        sql`status <> 'planned' AND ST_Intersects(geom, ST_MakeEnvelope(166, -23, 167, -21, 4326)) AND site_name ILIKE '%a%'`,
      );
      assert.ok(expected && expected > 0);
      assert.equal(
        await matched(`/ogc/collections/wifi-terminals/items?filter=${encodeURIComponent(text)}`),
        expected,
      );
      const json = JSON.stringify({
        op: 'and',
        args: [
          { op: 'in', args: [{ property: 'connection' }, ['fibre', 'dsl']] },
          { op: '>', args: [{ property: 'pupils' }, 200] },
        ],
      });
      const schools = await count('schools', sql`connection IN ('fibre', 'dsl') AND pupils > 200`);
      assert.ok(schools && schools > 0);
      assert.equal(
        await matched(
          `/ogc/collections/schools/items?filter-lang=cql2-json&filter=${encodeURIComponent(json)}`,
        ),
        schools,
      );
    });

    test('filter-crs EPSG:4326 reads the filter lat/lon', async () => {
      const expected = await count(
        'schools',
        sql`ST_Intersects(geom, ST_MakeEnvelope(166.3, -22.4, 166.6, -22.1, 4326))`,
      );
      const filter = encodeURIComponent('S_INTERSECTS(geometry, BBOX(-22.4, 166.3, -22.1, 166.6))');
      const crs = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/4326');
      assert.equal(
        await matched(`/ogc/collections/schools/items?filter=${filter}&filter-crs=${crs}`),
        expected,
      );
    });

    test('crs=EPSG:3163 writes coordinates within a centimetre of ST_Transform; EPSG:4326 writes lat/lon', async () => {
      const lambert = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/3163');
      const { body, headers } = await page(`/ogc/collections/schools/items?limit=20&crs=${lambert}`);
      assert.equal(headers.get('content-crs'), '<http://www.opengis.net/def/crs/EPSG/0/3163>');
      const rows = await api.db.rows<{ id: number; x: number; y: number; lon: number; lat: number }>(
        sql`SELECT id, ST_X(ST_Transform(geom, 3163)) x, ST_Y(ST_Transform(geom, 3163)) y, ST_X(geom) lon, ST_Y(geom) lat FROM schools ORDER BY id LIMIT 20`,
      );
      rows.forEach((row, i) => {
        const [x, y] = body.features[i]?.geometry.coordinates ?? [0, 0];
        assert.ok(
          Math.hypot(x - row.x, y - row.y) < 0.01,
          `school ${row.id}: ${x},${y} vs ${row.x},${row.y}`,
        );
      });
      const latLon = (
        await page(
          `/ogc/collections/schools/items?limit=1&crs=${encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/4326')}`,
        )
      ).body;
      const [lat, lon] = latLon.features[0]?.geometry.coordinates ?? [0, 0];
      assert.ok(Math.abs(lat - Number(rows[0]?.lat)) < 1e-6 && Math.abs(lon - Number(rows[0]?.lon)) < 1e-6);
    });

    test('one feature by id, and the communes by INSEE code', async () => {
      const [row] = await api.db.rows<{ id: number }>(sql`SELECT min(id) AS id FROM schools`);
      const { body, headers } = await page(`/ogc/collections/schools/items/${row?.id}`);
      assert.equal((body as unknown as { id: number }).id, row?.id);
      assert.match(headers.get('content-type') ?? '', /^application\/geo\+json/);
      const commune = (await page('/ogc/collections/communes/items/98818')).body as unknown as { id: string };
      assert.equal(commune.id, '98818');
      const lambert = encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/3163');
      const projected = await page(`/ogc/collections/schools/items/${row?.id}?crs=${lambert}`);
      assert.equal(projected.headers.get('content-crs'), '<http://www.opengis.net/def/crs/EPSG/0/3163>');
      const beyond = await page('/ogc/collections/schools/items?after=999999999999999');
      assert.equal(beyond.body.numberReturned, 0);
      assert.equal((await api.request('/ogc/collections/schools/items/999999999999999')).status, 404);
      const communes = (await page('/ogc/collections/communes/items?limit=10&after=98810')).body;
      assert.ok(communes.features.every((f) => String(f.id) > '98810'));
    });
  });
}
