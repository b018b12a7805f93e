// Who may write what (issue 10, item 2), on both backends: every role (the public, an admin, a
// planner, a commune account) against every write endpoint (each editable layer's too), on a feature of the account's own
// commune and of another one; the status each gets, and for each refusal, that nothing changed.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from './accounts.ts';
import { EDITABLE_LAYERS, type EditableLayer } from '../edits/layer-payloads.ts';
import { sampleChanges, sampleFeatures } from '../../tests/fixtures/layer-features.ts';
import type { Role } from './payloads.ts';

const PASSWORD = 'correct horse battery';
const OWN = '98822'; // Poindimié
const OTHER = '98818'; // Nouméa
type Who = 'public' | Role;
const WHO: Who[] = ['public', 'admin', 'planner', 'commune'];

interface Feature {
  id: number;
  properties: { version: number };
}

for (const backend of testBackends()) {
  describe(`who may write what (${backend})`, () => {
    const api = useApi(backend);
    const cookie: Record<Who, string> = { public: '', admin: '', planner: '', commune: '' };
    const towns: Record<string, [number, number]> = {};
    before(async () => {
      await createAccount(api.db, {
        email: 'admin@opt.nc',
        password: PASSWORD,
        role: 'admin',
        commune: null,
      });
      await createAccount(api.db, {
        email: 'planner@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
      await createAccount(api.db, {
        email: 'mairie@poindimie.nc',
        password: PASSWORD,
        role: 'commune',
        commune: OWN,
      });
      for (const [who, email] of [
        ['admin', 'admin@opt.nc'],
        ['planner', 'planner@opt.nc'],
        ['commune', 'mairie@poindimie.nc'],
      ] as const) {
        const res = await prepare('POST', '/api/auth/login', 'public', { email, password: PASSWORD });
        cookie[who] = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }
      const rows = await api.db.rows<{ insee: string; lon: number; lat: number }>(
        sql`SELECT insee, ST_X(town) AS lon, ST_Y(town) AS lat FROM communes WHERE insee IN (${OWN}, ${OTHER})`,
      );
      for (const row of rows) towns[row.insee] = [row.lon, row.lat];
    });
    /** The history's size just before the last request sent by `send` (not by the setup's `prepare`). */
    let historyBefore: number | undefined;
    const send = async (method: string, path: string, who: Who, body?: unknown, version?: number) => {
      historyBefore = await history();
      return prepare(method, path, who, body, version);
    };
    const prepare = (method: string, path: string, who: Who, body?: unknown, version?: number) =>
      api.request(path, {
        method,
        headers: {
          'content-type': 'application/json',
          cookie: cookie[who],
          ...(version === undefined ? {} : { 'if-match': `"v${version}"` }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    const history = async () =>
      (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM feature_history`))[0]?.n;
    const project = (insee: string, title = 'Travaux de test') => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: towns[insee] },
      properties: {
        title,
        communeInsee: insee,
        kind: 'water',
        organisation: 'Service des eaux',
        status: 'planned',
        plannedStart: '2026-09-01',
        plannedEnd: '2026-12-15',
        actualStart: null,
        actualEnd: null,
        slippageReason: null,
        publicNotes: '',
      },
    });
    const newProject = async (insee: string) =>
      (await (await prepare('POST', '/api/projects', 'planner', project(insee))).json()) as Feature;
    const newFeature = async (layer: EditableLayer) =>
      (await (
        await prepare('POST', `/api/layers/${layer}/features`, 'planner', {
          type: 'Feature',
          ...sampleFeatures[layer],
        })
      ).json()) as Feature;

    /** Each write: what it does to a fresh target, and the status expected per role. */
    const cases: {
      name: string;
      expected: Record<Who, number>;
      run: (who: Who) => Promise<Response>;
    }[] = [
      ...EDITABLE_LAYERS.flatMap((layer) => {
        const planner = { public: 401, admin: 403, planner: 200, commune: 403 };
        const base = `/api/layers/${layer}/features`;
        return [
          {
            name: `create a feature of ${layer}`,
            expected: { ...planner, planner: 201 },
            run: (who: Who) => send('POST', base, who, { type: 'Feature', ...sampleFeatures[layer] }),
          },
          {
            name: `change a feature of ${layer}`,
            expected: planner,
            run: async (who: Who) =>
              send(
                'PATCH',
                `${base}/${(await newFeature(layer)).id}`,
                who,
                { properties: sampleChanges[layer] },
                1,
              ),
          },
          {
            name: `delete a feature of ${layer}`,
            expected: planner,
            run: async (who: Who) =>
              send('DELETE', `${base}/${(await newFeature(layer)).id}`, who, undefined, 1),
          },
          {
            name: `restore a feature of ${layer}`,
            expected: planner,
            run: async (who: Who) => {
              const f = await newFeature(layer);
              const [entry] = await api.db.rows<{ id: number }>(
                sql`SELECT id::int AS id FROM feature_history WHERE feature_id = ${f.id}
                    ORDER BY id DESC LIMIT 1`,
              );
              return send('POST', `${base}/${f.id}/restore`, who, { historyId: entry?.id }, 1);
            },
          },
        ];
      }),
      {
        name: 'create a project in the commune account’s own commune',
        expected: { public: 401, admin: 403, planner: 201, commune: 201 },
        run: (who) => send('POST', '/api/projects', who, project(OWN)),
      },
      {
        name: 'create a project in another commune',
        expected: { public: 401, admin: 403, planner: 201, commune: 403 },
        run: (who) => send('POST', '/api/projects', who, project(OTHER)),
      },
      {
        name: 'change a project of its own commune',
        expected: { public: 401, admin: 403, planner: 200, commune: 200 },
        run: async (who) =>
          send(
            'PATCH',
            `/api/projects/${(await newProject(OWN)).id}`,
            who,
            { properties: { status: 'studies' } },
            1,
          ),
      },
      {
        name: 'change a project of another commune',
        expected: { public: 401, admin: 403, planner: 200, commune: 403 },
        run: async (who) =>
          send(
            'PATCH',
            `/api/projects/${(await newProject(OTHER)).id}`,
            who,
            { properties: { status: 'studies' } },
            1,
          ),
      },
      {
        name: 'move a project of its own commune into another',
        expected: { public: 401, admin: 403, planner: 200, commune: 403 },
        run: async (who) => {
          const moved = project(OTHER);
          return send(
            'PATCH',
            `/api/projects/${(await newProject(OWN)).id}`,
            who,
            { geometry: moved.geometry, properties: { communeInsee: OTHER } },
            1,
          );
        },
      },
      {
        name: 'delete a project of its own commune',
        expected: { public: 401, admin: 403, planner: 200, commune: 200 },
        run: async (who) => send('DELETE', `/api/projects/${(await newProject(OWN)).id}`, who, undefined, 1),
      },
      {
        name: 'delete a project of another commune',
        expected: { public: 401, admin: 403, planner: 200, commune: 403 },
        run: async (who) =>
          send('DELETE', `/api/projects/${(await newProject(OTHER)).id}`, who, undefined, 1),
      },
      {
        name: 'make an account',
        expected: { public: 401, admin: 201, planner: 403, commune: 403 },
        run: (who) =>
          send('POST', '/api/auth/accounts', who, {
            email: `new-${who}@opt.nc`,
            password: PASSWORD,
            role: 'planner',
          }),
      },
      {
        name: 'list the sessions',
        expected: { public: 401, admin: 200, planner: 403, commune: 403 },
        run: (who) => send('GET', '/api/auth/sessions', who),
      },
    ];

    for (const write of cases) {
      test(write.name, async () => {
        for (const who of WHO) {
          const res = await write.run(who);
          const before = historyBefore;
          const body = (await res.json()) as { detail?: string };
          assert.equal(res.status, write.expected[who], `${who}: ${body.detail ?? ''}`);
          if (res.status >= 400) {
            assert.ok(body.detail, `${who}: a refusal says why`);
            assert.equal(await history(), before, `${who}: a refusal writes nothing`);
          }
        }
      });
    }

    test('a project moved out of its commune by its geometry alone is refused, for a planner too', async () => {
      const p = await newProject(OWN);
      const res = await send(
        'PATCH',
        `/api/projects/${p.id}`,
        'planner',
        { geometry: project(OTHER).geometry },
        1,
      );
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { parameter: string }).parameter, 'geometry');
      const again = await send('GET', `/api/projects/${p.id}`, 'public');
      assert.equal(again.headers.get('etag'), '"v1"');
    });
  });
}
