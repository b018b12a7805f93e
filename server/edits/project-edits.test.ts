// Bad input on project edits (issue 10, item 7), on both backends: a self-intersecting area, a
// geometry at sea or of no allowed kind, broken rules of the schedule, an oversized body, a missing
// or stale If-Match: each refused naming the problem, and nothing written.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from '../auth/accounts.ts';

const PASSWORD = 'correct horse battery';
const NOUMEA: [number, number] = [166.4405, -22.2775];
const square = (lon: number, lat: number, d = 0.002) => [
  [lon, lat],
  [lon + d, lat],
  [lon + d, lat + d],
  [lon, lat + d],
  [lon, lat],
];

const project = (geometry: unknown, overrides: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry,
  properties: {
    title: 'Renouvellement de conduite',
    communeInsee: '98818',
    kind: 'water',
    organisation: 'Service des eaux',
    status: 'planned',
    plannedStart: '2026-09-01',
    plannedEnd: '2026-12-15',
    actualStart: null,
    actualEnd: null,
    slippageReason: null,
    publicNotes: '',
    ...overrides,
  },
});

for (const backend of testBackends()) {
  describe(`bad input on project edits (${backend})`, () => {
    const api = useApi(backend);
    let cookie = '';
    before(async () => {
      await createAccount(api.db, {
        email: 'planner@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
      const res = await api.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'planner@opt.nc', password: PASSWORD }),
      });
      cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    });
    const send = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
      api.request(path, {
        method,
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body,
      });
    const written = async () =>
      (
        await api.db.rows<{ n: number }>(
          sql`SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM feature_history) AS n`,
        )
      )[0]?.n;

    test('a good area is written; a bow-tie, the sea, a multipoint or a broken schedule are not', async () => {
      const good = await send(
        'POST',
        '/api/projects',
        JSON.stringify(project({ type: 'Polygon', coordinates: [square(...NOUMEA)] })),
      );
      assert.equal(good.status, 201, await good.clone().text());
      const before = await written();
      const [lon, lat] = NOUMEA;
      const bowTie = [
        [lon, lat],
        [lon + 0.002, lat + 0.002],
        [lon + 0.002, lat],
        [lon, lat + 0.002],
        [lon, lat],
      ];
      const cases: [unknown, string][] = [
        [project({ type: 'Polygon', coordinates: [bowTie] }), 'geometry'],
        [project({ type: 'Point', coordinates: [167.0, -21.3] }), 'geometry'],
        [project({ type: 'MultiPoint', coordinates: [NOUMEA] }), 'geometry.type'],
        [
          project({ type: 'Point', coordinates: NOUMEA }, { plannedEnd: '2026-08-01' }),
          'properties.plannedEnd',
        ],
        [project({ type: 'Point', coordinates: NOUMEA }, { status: 'delayed' }), 'properties.slippageReason'],
        [project({ type: 'Point', coordinates: NOUMEA }, { status: 'done' }), 'properties.actualEnd'],
        [
          project({ type: 'Point', coordinates: NOUMEA }, { communeInsee: '98899' }),
          'properties.communeInsee',
        ],
        [
          project({ type: 'Point', coordinates: NOUMEA }, { plannedStart: '2026-02-30' }),
          'properties.plannedStart',
        ],
      ];
      for (const [body, parameter] of cases) {
        const res = await send('POST', '/api/projects', JSON.stringify(body));
        const answer = (await res.json()) as { parameter?: string; detail: string };
        assert.equal(res.status, 400, `${parameter}: ${answer.detail}`);
        assert.equal(answer.parameter, parameter, answer.detail);
      }
      assert.equal(await written(), before);
    });

    test('an oversized body is a 413, a stale or missing If-Match 412 / 428, and nothing is written', async () => {
      const created = (await (
        await send('POST', '/api/projects', JSON.stringify(project({ type: 'Point', coordinates: NOUMEA })))
      ).json()) as {
        id: number;
      };
      const before = await written();
      const huge = JSON.stringify(
        project({ type: 'Point', coordinates: NOUMEA }, { publicNotes: 'x'.repeat(300 * 1024) }),
      );
      assert.equal((await send('POST', '/api/projects', huge)).status, 413);
      const change = JSON.stringify({ properties: { status: 'studies' } });
      assert.equal((await send('PATCH', `/api/projects/${created.id}`, change)).status, 428);
      const stale = await send('PATCH', `/api/projects/${created.id}`, change, { 'if-match': '"v7"' });
      assert.equal(stale.status, 412);
      assert.equal(
        ((await stale.json()) as { current: { properties: { version: number } } }).current.properties.version,
        1,
      );
      const notEtag = await send('PATCH', `/api/projects/${created.id}`, change, { 'if-match': 'yesterday' });
      assert.equal(notEtag.status, 400);
      assert.equal(((await notEtag.json()) as { parameter: string }).parameter, 'If-Match');
      assert.equal(await written(), before);
    });
  });
}
