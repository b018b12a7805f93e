// Editing Wi-Fi terminals over the API (issue 10, items 2, 4, 5 and 7), on both backends: only a
// planner writes; each change names the version it was made from (428 without, 412 when stale,
// with the current feature); each create, update and delete is in the history with who and
// before/after, written in the same transaction; bad input is refused naming what was wrong, and
// leaves no trace; what was written is what /api/wifi/nearest answers at once.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from '../auth/accounts.ts';

const PASSWORD = 'correct horse battery';
/** In Nouméa, by the Baie de la Moselle. */
const NOUMEA: [number, number] = [166.4405, -22.2775];
/** The sea between Grande Terre and the Loyalty Islands. */
const AT_SEA: [number, number] = [167.0, -21.3];

interface Feature {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: Record<string, unknown> & { version: number; communeInsee: string };
}
interface HistoryEntry {
  id: number;
  operation: string;
  version: number;
  author: string | null;
  via: string;
  before: { properties: Record<string, unknown> } | null;
  after: { properties: Record<string, unknown>; geometry: { type: string } } | null;
}

const terminal = (overrides: Record<string, unknown> = {}, coordinates: unknown = NOUMEA) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    siteName: 'Borne test de la Moselle',
    status: 'active',
    openingHours: '6h-22h',
    inServiceSince: '2026-06-01',
    ...overrides,
  },
});

for (const backend of testBackends()) {
  describe(`editing Wi-Fi terminals (${backend})`, () => {
    const api = useApi(backend);
    const cookies: Record<string, string> = {};
    before(async () => {
      await createAccount(api.db, {
        email: 'planner@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
      await createAccount(api.db, {
        email: 'mairie@noumea.nc',
        password: PASSWORD,
        role: 'commune',
        commune: '98818',
      });
      for (const email of ['planner@opt.nc', 'mairie@noumea.nc']) {
        const res = await api.request('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: PASSWORD }),
        });
        assert.equal(res.status, 200);
        cookies[email] = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }
    });
    const write = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      api.request(`/api/layers/wifi-terminals/features${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: cookies['planner@opt.nc'] ?? '', ...headers },
        body: body === undefined ? null : JSON.stringify(body),
      });
    const history = async (id: number) => {
      const res = await api.request(`/api/layers/wifi-terminals/features/${id}/history`, {
        headers: { cookie: cookies['planner@opt.nc'] ?? '' },
      });
      return ((await res.json()) as { history: HistoryEntry[] }).history;
    };
    const counts = async () =>
      (
        await api.db.rows<{ terminals: number; history: number }>(sql`
          SELECT (SELECT count(*) FROM wifi_terminals)::int AS terminals,
                 (SELECT count(*) FROM feature_history)::int AS history`)
      )[0];

    test('only a planner creates: anonymous 401, a commune account 403', async () => {
      const before = await counts();
      assert.equal((await write('POST', '', terminal(), { cookie: '' })).status, 401);
      assert.equal(
        (await write('POST', '', terminal(), { cookie: cookies['mairie@noumea.nc'] ?? '' })).status,
        403,
      );
      assert.deepEqual(await counts(), before);
    });

    test('a planner creates a terminal: its commune from its position, version 1, a history row by the planner', async () => {
      const res = await write('POST', '', terminal());
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('etag'), '"v1"');
      const created = (await res.json()) as Feature;
      assert.equal(created.properties.communeInsee, '98818');
      assert.equal(created.properties.version, 1);
      assert.equal(res.headers.get('location'), `/api/layers/wifi-terminals/features/${created.id}`);
      const [entry] = await history(created.id);
      assert.equal(entry?.operation, 'create');
      assert.equal(entry?.author, 'planner@opt.nc');
      assert.equal(entry?.via, 'web');
      assert.equal(entry?.after?.properties.openingHours, '6h-22h');
      assert.equal(entry?.after?.geometry.type, 'Point');
      // The public's nearest terminal from there is this one, as soon as the write is committed.
      const near = await api.json<{ terminals: { id: number }[] }>(
        `/api/wifi/nearest?lon=${NOUMEA[0]}&lat=${NOUMEA[1]}&limit=1`,
      );
      assert.equal(near.body.terminals[0]?.id, created.id);
      // And search finds it by name: the derived index is refreshed in the edit's transaction.
      const found = await api.json<{ results: { kind: string; ref: string }[] }>(
        `/api/search?q=${encodeURIComponent('Borne test de la Moselle')}`,
      );
      assert.ok(
        found.body.results.some((r) => r.kind === 'wifi' && r.ref === String(created.id)),
        JSON.stringify(found.body.results),
      );
    });

    test('a change needs If-Match: 428 without, 412 with the current feature when stale, 200 and v2 when right', async () => {
      const created = (await (
        await write('POST', '', terminal({ siteName: 'Borne à modifier' }))
      ).json()) as Feature;
      const path = `/${created.id}`;
      const change = { properties: { openingHours: '7h-19h' } };
      const missing = await write('PATCH', path, change);
      assert.equal(missing.status, 428);
      const changed = await write('PATCH', path, change, { 'if-match': '"v1"' });
      assert.equal(changed.status, 200);
      assert.equal(changed.headers.get('etag'), '"v2"');
      assert.equal(((await changed.json()) as Feature).properties.openingHours, '7h-19h');
      // A second person who started from v1 does not overwrite it: they get what is there now.
      const stale = await write(
        'PATCH',
        path,
        { properties: { openingHours: '8h-12h' } },
        { 'if-match': '"v1"' },
      );
      assert.equal(stale.status, 412);
      const body = (await stale.json()) as { current: Feature; detail: string };
      assert.equal(body.current.properties.openingHours, '7h-19h');
      assert.equal(body.current.properties.version, 2);
      const get = await api.request(`/api/layers/wifi-terminals/features${path}`);
      assert.equal(get.headers.get('etag'), '"v2"');
      const [last] = await history(created.id);
      assert.equal(last?.operation, 'update');
      assert.equal(last?.before?.properties.openingHours, '6h-22h');
      assert.equal(last?.after?.properties.openingHours, '7h-19h');
    });

    test('two changes from the same version at once: one is written, the other gets 412', async () => {
      const created = (await (
        await write('POST', '', terminal({ siteName: 'Borne disputée' }))
      ).json()) as Feature;
      const results = await Promise.all(
        ['5h-23h', '9h-17h'].map((hours) =>
          write('PATCH', `/${created.id}`, { properties: { openingHours: hours } }, { 'if-match': '"v1"' }),
        ),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 412]);
      assert.equal((await history(created.id)).length, 2);
    });

    test('bad input is refused naming what was wrong, and nothing is written', async () => {
      const before = await counts();
      const cases: [unknown, number, string][] = [
        [terminal({}, AT_SEA), 400, 'geometry'],
        [terminal({}, [170.5, -21]), 400, 'geometry.coordinates'],
        [
          { ...terminal(), geometry: { type: 'LineString', coordinates: [NOUMEA, AT_SEA] } },
          400,
          'geometry.type',
        ],
        [terminal({ colour: 'red' }), 400, 'properties.colour'],
        [terminal({ status: 'broken' }), 400, 'properties.status'],
        [terminal({ status: 'planned' }), 400, 'properties.inServiceSince'],
        [terminal({ siteName: '' }), 400, 'properties.siteName'],
        [terminal({ inServiceSince: '2026-13-45' }), 400, 'properties.inServiceSince'],
      ];
      for (const [body, status, parameter] of cases) {
        const res = await write('POST', '', body);
        const answer = (await res.json()) as { parameter?: string; detail: string };
        assert.equal(res.status, status, `${JSON.stringify(body)}: ${answer.detail}`);
        assert.equal(answer.parameter, parameter, answer.detail);
      }
      const notJson = await write('POST', '', undefined, { 'content-type': 'text/plain' });
      assert.equal(notJson.status, 415);
      assert.deepEqual(await counts(), before);
    });

    test('a delete needs the version too, leaves the feature in the history, and the feature is gone', async () => {
      const created = (await (
        await write('POST', '', terminal({ siteName: 'Borne à retirer' }))
      ).json()) as Feature;
      assert.equal((await write('DELETE', `/${created.id}`, undefined)).status, 428);
      assert.equal((await write('DELETE', `/${created.id}`, undefined, { 'if-match': '"v1"' })).status, 200);
      assert.equal((await api.request(`/api/layers/wifi-terminals/features/${created.id}`)).status, 404);
      const [gone] = await history(created.id);
      assert.equal(gone?.operation, 'delete');
      assert.equal(gone?.before?.properties.siteName, 'Borne à retirer');
    });

    test('a planner restores an earlier version, and brings a deleted terminal back; each is a new change', async () => {
      const created = (await (
        await write('POST', '', terminal({ siteName: 'Borne restaurée' }))
      ).json()) as Feature;
      const path = `/${created.id}`;
      await write('PATCH', path, { properties: { openingHours: 'fermée' } }, { 'if-match': '"v1"' });
      const first = (await history(created.id)).find((h) => h.operation === 'create');
      assert.ok(first);
      const restore = (body: unknown, headers: Record<string, string> = {}) =>
        write('POST', `${path}/restore`, body, headers);
      assert.equal((await restore({ historyId: first.id })).status, 428);
      const restored = await restore({ historyId: first.id }, { 'if-match': '"v2"' });
      assert.equal(restored.status, 200);
      assert.equal(restored.headers.get('etag'), '"v3"');
      assert.equal(((await restored.json()) as Feature).properties.openingHours, '6h-22h');
      assert.equal((await history(created.id))[0]?.operation, 'update');
      // Deleted, listed among the deleted, then back with its id, at the version after its last.
      assert.equal((await write('DELETE', path, undefined, { 'if-match': '"v3"' })).status, 200);
      const listed = await api.request('/api/layers/wifi-terminals/deleted', {
        headers: { cookie: cookies['planner@opt.nc'] ?? '' },
      });
      const { deleted } = (await listed.json()) as { deleted: { featureId: number; historyId: number }[] };
      const mine = deleted.find((d) => d.featureId === created.id);
      assert.ok(mine, 'the deleted terminal is listed');
      const deletion = (await history(created.id))[0];
      assert.equal(deletion?.operation, 'delete');
      // Restoring the deletion brings back what was deleted.
      const back = await restore({ historyId: deletion.id });
      assert.equal(back.status, 200, await back.clone().text());
      assert.equal(back.headers.get('etag'), '"v4"');
      assert.equal(((await back.json()) as Feature).properties.siteName, 'Borne restaurée');
      assert.equal((await api.request(`/api/layers/wifi-terminals/features${path}`)).status, 200);
      const again = await api.request('/api/layers/wifi-terminals/deleted', {
        headers: { cookie: cookies['planner@opt.nc'] ?? '' },
      });
      const after = (await again.json()) as { deleted: { featureId: number }[] };
      assert.equal(
        after.deleted.some((d) => d.featureId === created.id),
        false,
      );
      assert.equal((await history(created.id))[0]?.operation, 'create');
      // A history entry of another feature is not this one's.
      const other = await restore({ historyId: first.id + 1_000_000 }, { 'if-match': '"v4"' });
      assert.equal(other.status, 400);
      assert.equal(((await other.json()) as { parameter: string }).parameter, 'historyId');
    });

    test('a reference layer cannot be edited; the history is for signed-in accounts', async () => {
      const res = await api.request('/api/layers/settlements/features', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies['planner@opt.nc'] ?? '' },
        body: JSON.stringify(terminal()),
      });
      assert.equal(res.status, 405);
      assert.equal((await api.request('/api/layers/wifi-terminals/features/1/history')).status, 401);
    });
  });
}
