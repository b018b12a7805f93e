// HTTP of the tiles on both backends: the media type, gzip when accepted, Cache-Control, an ETag
// from the layer's data version that answers a conditional GET with 304 before any tile query
// runs, a new ETag and new features after a write to the layer or to the communes, and the tile
// cache serving a tile encoded once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { decodeTile, tileAt } from '../../tests/support/tiles.ts';
import { createApp } from '../app.ts';

const NOUMEA = tileAt(166.4485, -22.2758, 12);
const path = (layer: string) => `/tiles/${layer}/${NOUMEA.z}/${NOUMEA.x}/${NOUMEA.y}.mvt`;
const gzip = { 'Accept-Encoding': 'gzip, deflate, br' };
const features = async (res: Response, layer: string) =>
  decodeTile(new Uint8Array(await res.arrayBuffer()), NOUMEA.z, NOUMEA.x, NOUMEA.y).get(layer) ?? [];

for (const backend of testBackends()) {
  describe(`tiles over HTTP (${backend})`, () => {
    const api = useApi(backend);

    test('a tile is a gzipped MVT with Cache-Control, Vary and a weak ETag', async () => {
      const res = await api.request(path('mobile-coverage'), { headers: gzip });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/vnd.mapbox-vector-tile');
      assert.equal(res.headers.get('content-encoding'), 'gzip');
      assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
      assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
      assert.match(res.headers.get('etag') ?? '', /^W\/"[^"]+"$/);
      assert.ok((await features(res, 'mobile-coverage')).length > 0);
    });

    test('a client that takes no gzip gets the same tile uncompressed', async () => {
      const zipped = await api.request(path('schools'), { headers: gzip });
      const plain = await api.request(path('schools'), { headers: { 'Accept-Encoding': 'identity' } });
      assert.equal(plain.status, 200);
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(plain.headers.get('etag'), zipped.headers.get('etag'));
      const ids = async (res: Response) => (await features(res, 'schools')).map((f) => f.id);
      assert.deepEqual(await ids(plain), await ids(zipped));
    });

    test('a tile asked again comes from the tile cache', async () => {
      await api.request(path('fibre-zones'));
      const again = await api.request(path('fibre-zones'));
      assert.equal(again.headers.get('x-tile-cache'), 'hit');
    });

    test('If-None-Match with the ETag is 304, and runs no tile query', async () => {
      const first = await api.request(path('mobile-sites'));
      const etag = first.headers.get('etag') ?? '';
      const notModified = await api.request(path('mobile-sites'), { headers: { 'If-None-Match': etag } });
      assert.equal(notModified.status, 304);
      assert.equal((await notModified.arrayBuffer()).byteLength, 0);
      assert.equal(notModified.headers.get('etag'), etag);
      // A fresh app (empty tile cache) over a table its tile query cannot read any more: the
      // conditional GET is still answered, from the data version alone.
      const { app } = createApp(api.db);
      await api.db.rows(sql`ALTER TABLE mobile_sites RENAME COLUMN geom TO geom_away`);
      try {
        const conditional = await app.request(path('mobile-sites'), { headers: { 'If-None-Match': etag } });
        assert.equal(conditional.status, 304);
        const unconditional = await app.request(path('mobile-sites'));
        assert.equal(unconditional.status, 500, 'the tile query does fail without the column');
      } finally {
        await api.db.rows(sql`ALTER TABLE mobile_sites RENAME COLUMN geom_away TO geom`);
      }
    });

    test('an update of the layer changes the ETag and the tile', async () => {
      const before = await api.request(path('mobile-coverage'));
      const etag = before.headers.get('etag') ?? '';
      const [target] = (await features(before, 'mobile-coverage')).filter(
        (f) => f.properties.level === 'good',
      );
      assert.ok(target, 'a coverage polygon of level good in the tile');
      await api.db.rows(sql`UPDATE mobile_coverage SET level = 'fair' WHERE id = ${target.id}`);
      const after = await api.request(path('mobile-coverage'), { headers: { 'If-None-Match': etag } });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      const updated = (await features(after, 'mobile-coverage')).find((f) => f.id === target.id);
      assert.equal(updated?.properties.level, 'fair');
    });

    test('an update of a commune changes the ETag of the layers that name it', async () => {
      const before = await api.request(path('wifi-terminals'));
      const [terminal] = await features(before, 'wifi-terminals');
      assert.ok(terminal, 'a Wi-Fi terminal in the tile');
      await api.db.rows(
        sql`UPDATE communes SET name = name || ' (renamed)' WHERE insee = ${String(terminal.properties.communeInsee)}`,
      );
      const after = await api.request(path('wifi-terminals'), {
        headers: { 'If-None-Match': before.headers.get('etag') ?? '' },
      });
      assert.equal(after.status, 200);
      const renamed = (await features(after, 'wifi-terminals')).find((f) => f.id === terminal.id);
      assert.match(String(renamed?.properties.communeName), / \(renamed\)$/);
    });

    test('an empty tile is 204 with the same validators, and 304 when asked again with them', async () => {
      const empty = await api.request('/tiles/schools/10/0/0.mvt');
      assert.equal(empty.status, 204);
      const etag = empty.headers.get('etag') ?? '';
      assert.match(etag, /^W\//);
      assert.equal(empty.headers.get('cache-control'), 'public, max-age=60');
      const again = await api.request('/tiles/schools/10/0/0.mvt', { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });
  });
}
