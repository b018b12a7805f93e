// The OGC API's metadata resources on both backends: landing page links, conformance, the
// OpenAPI document's limit and property parameters, collections with their extent and CRS, queryables.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { layers } from '../layers/catalogue.ts';
import { CRS84, EPSG_3163, EPSG_4326 } from './crs.ts';

interface Link {
  href: string;
  rel: string;
  type?: string;
}
const rels = (links: Link[]) => Object.fromEntries(links.map((l) => [`${l.rel} ${l.type}`, l.href]));

for (const backend of testBackends()) {
  describe(`OGC API resources (${backend})`, () => {
    const api = useApi(backend);

    test('the landing page links to itself, the API definition and documentation, conformance and data', async () => {
      const { status, body } = await api.json<{ links: Link[] }>('/ogc');
      assert.equal(status, 200);
      const links = rels(body.links);
      assert.equal(links['self application/json'], 'http://localhost/ogc');
      assert.equal(links['alternate text/html'], 'http://localhost/ogc?f=html');
      assert.equal(
        links['service-desc application/vnd.oai.openapi+json;version=3.0'],
        'http://localhost/ogc/api',
      );
      assert.equal(links['service-doc text/html'], 'http://localhost/ogc/api?f=html');
      assert.equal(links['conformance application/json'], 'http://localhost/ogc/conformance');
      assert.equal(links['data application/json'], 'http://localhost/ogc/collections');
    });

    test('conformance lists Parts 1, 2, 3 and 4 and the CQL2 classes', async () => {
      const { body } = await api.json<{ conformsTo: string[] }>('/ogc/conformance');
      for (const uri of [
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
        'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
        'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete',
        'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update',
        'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features',
      ])
        assert.ok(body.conformsTo.includes(uri), uri);
      assert.equal(body.conformsTo.length, 18);
    });

    test('the OpenAPI document declares limit (default, maximum) and the property parameters per collection', async () => {
      const res = await api.request('/ogc/api');
      assert.match(
        res.headers.get('content-type') ?? '',
        /^application\/vnd\.oai\.openapi\+json;version=3\.0/,
      );
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<string, { get: { parameters: { name: string; schema: Record<string, unknown> }[] } }>;
      };
      assert.match(doc.openapi, /^3\.0\./);
      for (const layer of layers) {
        const params = doc.paths[`/collections/${layer.id}/items`]?.get.parameters ?? [];
        const limit = params.find((p) => p.name === 'limit');
        assert.deepEqual([limit?.schema.default, limit?.schema.maximum], [100, 10000], layer.id);
      }
      const wifi = doc.paths['/collections/wifi-terminals/items']?.get.parameters ?? [];
      assert.deepEqual(wifi.find((p) => p.name === 'status')?.schema.enum, [
        'active',
        'maintenance',
        'planned',
      ]);
      assert.ok(wifi.some((p) => p.name === 'datetime'));
    });

    test('one collection per layer, with its extent computed by PostGIS and the CRS list', async () => {
      const { body } = await api.json<{
        collections: {
          id: string;
          title: string;
          extent: { spatial: { bbox: number[][]; crs: string }; temporal?: { interval: string[][] } };
          crs: string[];
          storageCrs: string;
          links: Link[];
        }[];
      }>('/ogc/collections');
      assert.deepEqual(
        body.collections.map((c) => c.id),
        layers.map((l) => l.id),
      );
      const wifi = body.collections.find((c) => c.id === 'wifi-terminals');
      assert.equal(wifi?.title, 'Bornes Wi-Fi extérieures');
      assert.deepEqual(wifi?.crs, [CRS84, EPSG_4326, EPSG_3163]);
      assert.equal(wifi?.storageCrs, EPSG_4326);
      const [box] = await api.db.rows<{ xmin: number; ymin: number; xmax: number; ymax: number }>(
        sql`SELECT ST_XMin(e) xmin, ST_YMin(e) ymin, ST_XMax(e) xmax, ST_YMax(e) ymax FROM (SELECT ST_Extent(geom) e FROM wifi_terminals) s`,
      );
      const [minx = 0, miny = 0, maxx = 0, maxy = 0] = wifi?.extent.spatial.bbox[0] ?? [];
      assert.ok(minx <= Number(box?.xmin) && minx > Number(box?.xmin) - 1e-5);
      assert.ok(miny <= Number(box?.ymin) && maxx >= Number(box?.xmax) && maxy >= Number(box?.ymax));
      const [dates] = await api.db.rows<{ first: string }>(
        sql`SELECT to_char(min(in_service_since), 'YYYY-MM-DD') AS first FROM wifi_terminals`,
      );
      assert.equal(wifi?.extent.temporal?.interval[0]?.[0], `${dates?.first}T00:00:00Z`);
      assert.equal(body.collections.find((c) => c.id === 'settlements')?.extent.temporal, undefined);
      const links = rels(wifi?.links ?? []);
      assert.equal(
        links['items application/geo+json'],
        'http://localhost/ogc/collections/wifi-terminals/items',
      );
      assert.ok(links['http://www.opengis.net/def/rel/ogc/1.0/queryables application/schema+json']);
      assert.equal(links['self application/json'], 'http://localhost/ogc/collections/wifi-terminals');
    });

    test('one collection by id', async () => {
      const { status, body } = await api.json<{ id: string }>('/ogc/collections/schools');
      assert.equal(status, 200);
      assert.equal(body.id, 'schools');
    });

    test('queryables are a JSON Schema with types, enums, dates and the geometry', async () => {
      const res = await api.request('/ogc/collections/wifi-terminals/queryables');
      assert.match(res.headers.get('content-type') ?? '', /^application\/schema\+json/);
      const schema = (await res.json()) as {
        $schema: string;
        type: string;
        properties: Record<string, Record<string, unknown>>;
      };
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.type, 'object');
      assert.deepEqual(schema.properties.status?.enum, ['active', 'maintenance', 'planned']);
      assert.equal(schema.properties.inServiceSince?.format, 'date');
      assert.equal(schema.properties.id?.type, 'integer');
      assert.equal(schema.properties.geometry?.format, 'geometry-point');
    });

    test('HTML on request, escaped, with no external asset', async () => {
      for (const path of [
        '/ogc?f=html',
        '/ogc/collections?f=html',
        '/ogc/collections/wifi-terminals/items?f=html&limit=5',
      ]) {
        const res = await api.request(path);
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
        const page = await res.text();
        assert.doesNotMatch(page, /<script|src="http/);
      }
      const browser = await api.request('/ogc/collections', { headers: { accept: 'text/html,*/*;q=0.8' } });
      assert.match(browser.headers.get('content-type') ?? '', /^text\/html/);
      const items = await (await api.request('/ogc/collections/wifi-terminals/items?f=html&limit=5')).text();
      assert.match(items, /<table>/);
    });
  });
}
