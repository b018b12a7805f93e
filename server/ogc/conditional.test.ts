// A page of items has the layer's data version as ETag (issue 12): a conditional GET is a 304,
// an edit changes it, the JSON and the HTML page have their own, and caches are told to key on
// Accept and Accept-Encoding.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';

for (const backend of testBackends()) {
  describe(`OGC items by data version (${backend})`, () => {
    const api = useApi(backend);
    const path = '/ogc/collections/schools/items?limit=5';

    async function etagOf(url: string, accept = 'application/geo+json') {
      const res = await api.request(url, { headers: { Accept: accept } });
      assert.equal(res.status, 200);
      await res.arrayBuffer();
      return { etag: res.headers.get('etag') ?? '', vary: res.headers.get('vary') ?? '' };
    }

    test('a page answers 304 to its ETag, and another after an edit', async () => {
      const { etag, vary } = await etagOf(path);
      assert.match(etag, /^W\/".+-json"$/);
      assert.match(vary, /Accept(,|$)/);
      assert.match(vary, /Accept-Encoding/);
      const again = await api.request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('etag'), etag);

      const html = await etagOf(path, 'text/html');
      assert.notEqual(html.etag, etag, 'the HTML page is another representation');

      await api.db.rows(sql`UPDATE schools SET pupils = pupils + 1 WHERE id = (SELECT min(id) FROM schools)`);
      const stale = await api.request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(stale.status, 200);
      assert.notEqual(stale.headers.get('etag'), etag);
    });

    test('a bad parameter is still a 400, whatever If-None-Match says', async () => {
      const { etag } = await etagOf(path);
      const res = await api.request(`${path}&bbox=1,2`, { headers: { 'If-None-Match': etag } });
      assert.equal(res.status, 400);
    });
  });
}
