// OGC API – Features Part 4 on /ogc/collections/{id}/items, on both backends: a planner's API token
// creates (201, Location), replaces (PUT), changes (PATCH) and deletes features, each recorded in
// the history with via 'ogc' and the planner; the same If-Match, schema and role rules as the web
// API, answered as OGC exceptions; bodies in CRS84, EPSG:4326 (latitude first) or EPSG:3163 by
// Content-Crs; OPTIONS says what this user may do.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { basic, bearer, madeToken } from '../../tests/support/api-tokens.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';
import { sampleFeatures } from '../../tests/fixtures/layer-features.ts';
import { EPSG_3163, EPSG_4326 } from './crs.ts';

const items = '/ogc/collections/wifi-terminals/items';
const GEOJSON = 'application/geo+json';
const terminal = { type: 'Feature', ...sampleFeatures['wifi-terminals'] };
const [LON, LAT] = sampleFeatures['wifi-terminals'].geometry.coordinates as [number, number];

interface Item {
  id: number;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
interface Exception {
  code: string;
  description: string;
}
interface HistoryEntry {
  operation: string;
  via: string;
  author: string | null;
  after: { properties: Record<string, unknown> } | null;
}

for (const backend of testBackends()) {
  describe(`OGC API – Features Part 4 writes (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    let auth: Record<string, string>;
    let communeAuth: Record<string, string>;
    before(async () => {
      planner = await signedIn(api, 'planner@opt.nc', 'planner');
      auth = bearer((await madeToken(planner, 'QGIS')).token);
      const commune = await signedIn(api, 'noumea@commune.nc', 'commune', '98818');
      communeAuth = basic('noumea@commune.nc', (await madeToken(commune, 'QGIS')).token);
    });

    const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      api.request(path, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': GEOJSON }), ...headers },
        body: body === undefined ? null : JSON.stringify(body),
      });
    const create = async (body: unknown = terminal, headers: Record<string, string> = {}) => {
      const res = await send('POST', items, body, { ...auth, ...headers });
      assert.equal(res.status, 201, await res.clone().text());
      return { res, item: (await res.json()) as Item };
    };
    const history = async (id: number) => {
      const res = await planner.send('GET', `/api/layers/wifi-terminals/features/${id}/history`);
      return ((await res.json()) as { history: HistoryEntry[] }).history;
    };
    const stored = async (id: number) =>
      (
        await api.db.rows<{ lon: number; lat: number; source: string }>(
          sql`SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat, source FROM wifi_terminals WHERE id = ${id}`,
        )
      )[0];

    test('POST creates: 201, Location and ETag, the item as GET gives it, history via ogc by the planner', async () => {
      const { res, item } = await create();
      const location = res.headers.get('location') ?? '';
      assert.equal(location, `http://localhost${items}/${item.id}`);
      assert.equal(res.headers.get('etag'), '"v1"');
      assert.equal(item.properties.siteName, terminal.properties.siteName);
      assert.equal(item.properties.communeInsee, '98818');
      const again = await api.request(new URL(location).pathname);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('etag'), '"v1"');
      assert.equal(((await again.json()) as Item).properties.siteName, terminal.properties.siteName);
      const [entry] = await history(item.id);
      assert.deepEqual([entry?.operation, entry?.via, entry?.author], ['create', 'ogc', 'planner@opt.nc']);
      assert.equal((await stored(item.id))?.source, 'ogc');
    });

    test('PATCH merges the properties sent, PUT replaces the feature (a GET body sent back is taken)', async () => {
      const { item } = await create();
      const patched = await send(
        'PATCH',
        `${items}/${item.id}`,
        { properties: { openingHours: '24h/24' } },
        { ...auth, 'if-match': '"v1"', 'content-type': 'application/merge-patch+json' },
      );
      assert.equal(patched.status, 200, await patched.clone().text());
      assert.equal(patched.headers.get('etag'), '"v2"');
      const after = (await patched.json()) as Item & { links?: unknown };
      assert.equal(after.properties.openingHours, '24h/24');
      assert.equal(after.properties.siteName, terminal.properties.siteName);
      // What GET gave, with the server's own properties (id, commune, source) and links, changed.
      after.properties.siteName = 'Borne renommée';
      after.geometry.coordinates = [LON + 0.001, LAT];
      const put = await send('PUT', `${items}/${item.id}`, after, { ...auth, 'if-match': '"v2"' });
      assert.equal(put.status, 200, await put.clone().text());
      assert.equal(put.headers.get('etag'), '"v3"');
      assert.equal(((await put.json()) as Item).properties.siteName, 'Borne renommée');
      assert.ok(Math.abs((await stored(item.id))!.lon - (LON + 0.001)) < 1e-9);
      const [last, previous] = await history(item.id);
      assert.deepEqual([last?.operation, last?.via, last?.author], ['update', 'ogc', 'planner@opt.nc']);
      assert.equal(last?.after?.properties.siteName, 'Borne renommée');
      assert.equal(previous?.after?.properties.openingHours, '24h/24');
    });

    test('PUT needs every property: 400 naming the one missing', async () => {
      const { item } = await create();
      const { openingHours: _dropped, ...rest } = terminal.properties;
      const res = await send(
        'PUT',
        `${items}/${item.id}`,
        { ...terminal, properties: rest },
        {
          ...auth,
          'if-match': '"v1"',
        },
      );
      assert.equal(res.status, 400);
      const body = (await res.json()) as Exception;
      assert.equal(body.code, 'InvalidParameterValue');
      assert.match(body.description, /^properties\.openingHours: /);
    });

    test('DELETE: 204, then the item is gone (404), history via ogc', async () => {
      const { item } = await create();
      const res = await send('DELETE', `${items}/${item.id}`, undefined, { ...auth, 'if-match': '"v1"' });
      assert.equal(res.status, 204);
      assert.equal((await api.request(`${items}/${item.id}`)).status, 404);
      const [entry] = await history(item.id);
      assert.deepEqual([entry?.operation, entry?.via, entry?.author], ['delete', 'ogc', 'planner@opt.nc']);
    });

    test('401 without credentials (WWW-Authenticate), 403 for a commune account, nothing written', async () => {
      const before = await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals`);
      const anonymous = await send('POST', items, terminal);
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Bearer /);
      assert.equal(((await anonymous.json()) as Exception).code, 'NotAuthorized');
      const badToken = await send('POST', items, terminal, bearer(`ncit_${'a'.repeat(43)}`));
      assert.equal(badToken.status, 401);
      assert.equal(((await badToken.json()) as Exception).code, 'NotAuthorized');
      const commune = await send('POST', items, terminal, communeAuth);
      assert.equal(commune.status, 403);
      assert.equal(((await commune.json()) as Exception).code, 'Forbidden');
      const after = await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM wifi_terminals`);
      assert.deepEqual(after, before);
    });

    test('404 for an unknown item or collection, 400 naming a bad property, 415 for another type', async () => {
      const missing = await send(
        'PATCH',
        `${items}/999999`,
        { properties: { status: 'active' } },
        {
          ...auth,
          'if-match': '"v1"',
        },
      );
      assert.equal(missing.status, 404);
      assert.equal(((await missing.json()) as Exception).code, 'NotFound');
      const noCollection = await send('POST', '/ogc/collections/nowhere/items', terminal, auth);
      assert.equal(noCollection.status, 404);
      const bad = await send(
        'POST',
        items,
        { ...terminal, properties: { ...terminal.properties, status: 'on' } },
        auth,
      );
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as Exception).description, /^properties\.status: /);
      const text = await api.request(items, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'text/plain' },
        body: JSON.stringify(terminal),
      });
      assert.equal(text.status, 415);
    });

    test('428 without If-Match, 412 on a stale version with the current ETag and feature', async () => {
      const { item } = await create();
      const change = { properties: { openingHours: '8h-18h' } };
      const none = await send('PATCH', `${items}/${item.id}`, change, auth);
      assert.equal(none.status, 428);
      assert.equal(((await none.json()) as Exception).code, 'PreconditionRequired');
      const noneDelete = await send('DELETE', `${items}/${item.id}`, undefined, auth);
      assert.equal(noneDelete.status, 428);
      assert.equal(
        (await send('PATCH', `${items}/${item.id}`, change, { ...auth, 'if-match': '"v1"' })).status,
        200,
      );
      const stale = await send('PUT', `${items}/${item.id}`, terminal, { ...auth, 'if-match': '"v1"' });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), '"v2"');
      const body = (await stale.json()) as Exception & { current: Item };
      assert.equal(body.code, 'PreconditionFailed');
      assert.equal(body.current.properties.openingHours, '8h-18h');
    });

    test('Content-Crs: EPSG:4326 bodies are latitude first, EPSG:3163 is projected back; the answer in the same CRS', async () => {
      const latLon = { ...terminal, geometry: { type: 'Point', coordinates: [LAT, LON] } };
      const { res, item } = await create(latLon, { 'content-crs': `<${EPSG_4326}>` });
      assert.equal(res.headers.get('content-crs'), `<${EPSG_4326}>`);
      assert.deepEqual(item.geometry.coordinates, [LAT, LON]);
      const at = await stored(item.id);
      assert.deepEqual([at?.lon, at?.lat], [LON, LAT]);

      const [lambert] = await api.db.rows<{ x: number; y: number }>(
        sql`SELECT ST_X(p) AS x, ST_Y(p) AS y FROM ST_Transform(ST_SetSRID(ST_MakePoint(${LON}, ${LAT}), 4326), 3163) p`,
      );
      const projected = { ...terminal, geometry: { type: 'Point', coordinates: [lambert!.x, lambert!.y] } };
      const made = await create(projected, { 'content-crs': `<${EPSG_3163}>` });
      assert.ok(Math.abs(made.item.geometry.coordinates[0] - lambert!.x) < 0.01);
      const there = await stored(made.item.id);
      assert.ok(
        Math.abs(there!.lon - LON) < 1e-7 && Math.abs(there!.lat - LAT) < 1e-7,
        JSON.stringify(there),
      );

      // Lon/lat sent as EPSG:4326 is a position far outside New Caledonia: refused, not swapped quietly.
      const swapped = await send('POST', items, terminal, { ...auth, 'content-crs': `<${EPSG_4326}>` });
      assert.equal(swapped.status, 400);
      const unknown = await send('POST', items, terminal, {
        ...auth,
        'content-crs': '<http://www.opengis.net/def/crs/EPSG/0/2154>',
      });
      assert.equal(unknown.status, 400);
      assert.match(((await unknown.json()) as Exception).description, /^Content-Crs: /);
    });

    test('OPTIONS answers Allow for this user: read for the public and a commune, writes for a planner on an editable layer', async () => {
      const allow = async (path: string, headers: Record<string, string> = {}) => {
        const res = await api.request(path, { method: 'OPTIONS', headers });
        assert.equal(res.status, 204, path);
        return res.headers.get('allow');
      };
      const { item } = await create();
      const one = `${items}/${item.id}`;
      assert.equal(await allow(items), 'GET, HEAD, OPTIONS');
      assert.equal(await allow(one), 'GET, HEAD, OPTIONS');
      assert.equal(await allow(items, communeAuth), 'GET, HEAD, OPTIONS');
      assert.equal(await allow(items, auth), 'GET, HEAD, OPTIONS, POST');
      assert.equal(await allow(one, auth), 'GET, HEAD, OPTIONS, PUT, PATCH, DELETE');
      assert.equal(await allow(one, { cookie: planner.cookie }), 'GET, HEAD, OPTIONS, PUT, PATCH, DELETE');
      assert.equal(await allow('/ogc/collections/settlements/items', auth), 'GET, HEAD, OPTIONS');
    });

    test('GET of an item gives its version as ETag; reference data has none', async () => {
      const [row] = await api.db.rows<{ id: number; version: number }>(
        sql`SELECT id, version FROM schools ORDER BY id LIMIT 1`,
      );
      const res = await api.request(`/ogc/collections/schools/items/${row!.id}`);
      assert.equal(res.headers.get('etag'), `"v${row!.version}"`);
      const [settlement] = await api.db.rows<{ id: number }>(
        sql`SELECT id FROM settlements ORDER BY id LIMIT 1`,
      );
      const reference = await api.request(`/ogc/collections/settlements/items/${settlement!.id}`);
      assert.equal(reference.status, 200);
      assert.equal(reference.headers.get('etag'), null);
    });

    test('the ETag of a compressed item, weakened on the way, is taken back as If-Match', async () => {
      const { item } = await create();
      const read = await api.request(`${items}/${item.id}`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(read.headers.get('content-encoding'), 'gzip');
      const etag = read.headers.get('etag') ?? '';
      assert.match(etag, /^W\/"v\d+"$/);
      const changed = await send(
        'PATCH',
        `${items}/${item.id}`,
        { properties: { openingHours: '5h-23h' } },
        {
          ...auth,
          'if-match': etag,
        },
      );
      assert.equal(changed.status, 200, await changed.clone().text());
      const stale = await send(
        'PATCH',
        `${items}/${item.id}`,
        { properties: { openingHours: '6h-22h' } },
        {
          ...auth,
          'if-match': etag,
        },
      );
      assert.equal(stale.status, 412, 'still a version, and now a stale one');
    });

    test('a session cookie writes too, but not from another site', async () => {
      const res = await api.request(items, {
        method: 'POST',
        headers: { 'content-type': GEOJSON, cookie: planner.cookie, 'sec-fetch-site': 'cross-site' },
        body: JSON.stringify(terminal),
      });
      assert.equal(res.status, 403);
      const same = await api.request(items, {
        method: 'POST',
        headers: { 'content-type': GEOJSON, cookie: planner.cookie },
        body: JSON.stringify(terminal),
      });
      assert.equal(same.status, 201);
    });
  });
}
