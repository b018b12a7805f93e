// Every bad input of the OGC API answers an OGC exception, never a 500: 400
// InvalidParameterValue naming the parameter, 404 NotFound, 405 for writes where there are none
// (the writes of Part 4 themselves are in writes.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useApi } from '../../tests/support/api.ts';
import { openTestDatabase, testBackends } from '../../tests/support/databases.ts';
import { createApp } from '../app.ts';

const items = '/ogc/collections/wifi-terminals/items';
const enc = encodeURIComponent;

/** Path → the start of the description the 400 must give. */
const badRequests: [path: string, description: RegExp][] = [
  [`${items}?limit=0`, /^limit: expected an integer from 1 to 10000/],
  [`${items}?limit=10001`, /^limit: /],
  [`${items}?limit=ten`, /^limit: /],
  [`${items}?limit=5&limit=6`, /^limit: given more than once/],
  [`${items}?bbox=1,2,3`, /^bbox: expected 4/],
  [`${items}?bbox=166,-23,abc,-21`, /^bbox: /],
  [`${items}?bbox=166,-95,167,-21`, /^bbox: longitudes must be within/],
  [`${items}?bbox=166,-21,167,-23`, /^bbox: the lower latitude/],
  [`${items}?bbox=166,-23,167,-21&bbox-crs=EPSG:2154`, /^bbox-crs: unsupported CRS/],
  [
    `${items}?bbox=166,-23,167,-21&bbox-crs=${enc('http://www.opengis.net/def/crs/EPSG/0/2154')}`,
    /^bbox-crs: /,
  ],
  [`${items}?crs=${enc('http://www.opengis.net/def/crs/EPSG/0/3857')}`, /^crs: unsupported CRS/],
  [`${items}?datetime=2020-13-01`, /^datetime: "2020-13-01" is not a valid date/],
  [`${items}?datetime=2021-01-01/2020-01-01`, /^datetime: the interval starts/],
  [`${items}?datetime=../..`, /^datetime: both ends are open/],
  [`${items}?datetime=yesterday`, /^datetime: /],
  [
    '/ogc/collections/settlements/items?datetime=2020-01-01',
    /^datetime: collection settlements has no date attribute/,
  ],
  [`${items}?filter=${enc("status = 'active' AND")}`, /^filter: CQL2.* at character \d+/],
  [`${items}?filter=${enc("nope = 'x'")}`, /^filter: CQL2: unknown property 'nope'/],
  [`${items}?filter=${enc("status = 'retired'")}`, /^filter: CQL2: 'status' has no value 'retired'/],
  [
    `${items}?filter-lang=cql2-json&filter=${enc('{"op":"=","args":[{"property":"status"}')}`,
    /^filter: .*not valid JSON/,
  ],
  [
    `${items}?filter-lang=cql2-json&filter=${enc('{"op":"=","args":[{"property":"status"},1]}')}`,
    /^filter: CQL2/,
  ],
  [`${items}?filter-lang=cql-text&filter=TRUE`, /^filter-lang: expected cql2-text or cql2-json/],
  [`${items}?filter=TRUE&filter-crs=${enc('urn:ogc:def:crs:EPSG::2154')}`, /^filter-crs: /],
  [`${items}?status=retired`, /^status: 'status' has no value 'retired'/],
  [`${items}?id=abc`, /^id: expected a number/],
  [`${items}?inServiceSince=2020`, /^inServiceSince: expected a date/],
  [`${items}?after=x1`, /^after: /],
  [`${items}?after=1234567890123456`, /^after: /],
  [`${items}?colour=red`, /^colour: unknown parameter; expected one of: f, limit/],
  [`${items}?f=xml`, /^f: expected json or html/],
  ['/ogc/collections?limit=10', /^limit: unknown parameter/],
  ['/ogc?service=WFS', /^service: unknown parameter/],
  ['/ogc/collections/schools/items/3?bbox=1,2,3,4', /^bbox: unknown parameter/],
];

const notFound = [
  '/ogc/collections/roads',
  '/ogc/collections/roads/items',
  '/ogc/collections/roads/queryables',
  '/ogc/collections/schools/items/999999',
  '/ogc/collections/schools/items/abc',
  '/ogc/collections/communes/items/12345',
  '/ogc/nothing',
];

for (const backend of testBackends()) {
  describe(`OGC API bad input (${backend})`, () => {
    const api = useApi(backend);

    for (const [path, description] of badRequests) {
      test(`400 for ${decodeURIComponent(path).slice(4)}`, async () => {
        const res = await api.request(path);
        const body = (await res.json()) as { code: string; description: string };
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(body.code, 'InvalidParameterValue');
        assert.match(body.description, description);
      });
    }

    for (const path of notFound) {
      test(`404 for ${path.slice(4)}`, async () => {
        const res = await api.request(path);
        const body = (await res.json()) as { code: string; description: string };
        assert.equal(res.status, 404, JSON.stringify(body));
        assert.equal(body.code, 'NotFound');
        assert.ok(body.description.length > 0);
      });
    }

    test('405 for a write on a read-only resource, and on the items of reference data', async () => {
      for (const path of ['/ogc/collections', '/ogc/collections/settlements/items']) {
        const res = await api.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        assert.equal(res.status, 405, path);
        assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS', path);
        assert.equal(((await res.json()) as { code: string }).code, 'MethodNotAllowed');
      }
    });

    test('security headers and no caching of failures, as on /api', async () => {
      const res = await api.request(`${items}?limit=0`);
      assert.ok(res.headers.get('content-security-policy'));
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('cache-control'), 'no-store');
    });
  });
}

// On the server backend: PGlite runs a statement in this thread, so no timer fires during it.
const serverOnly = testBackends().includes('server') ? false : 'needs the server backend';
describe('OGC API past its time budget', { skip: serverOnly }, () => {
  test('a request over the budget is a 503 OGC exception with Retry-After', async () => {
    const db = await openTestDatabase('server');
    try {
      const { app } = createApp(db, { limits: { requestTimeoutMs: 1 } });
      const res = await app.request('/ogc/collections/mobile-coverage/items?limit=10000');
      const body = (await res.json()) as { code: string; description: string };
      assert.equal(res.status, 503, JSON.stringify(body));
      assert.equal(body.code, 'ServiceUnavailable');
      assert.ok(res.headers.get('retry-after'));
    } finally {
      await db.dispose();
    }
  });
});
