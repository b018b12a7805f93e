// An edit reaches the derived figures the moment it commits (issue 10, item 5), on both backends:
// a planner finishes a fibre project; its zone is deployed (migration 0009's governance) and the
// settlements inside it are covered by fibre in the place coverage the gaps and the commune's
// figures read, in the same answer that confirms the edit.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from '../auth/accounts.ts';

const PASSWORD = 'correct horse battery';

interface Target {
  project: number;
  version: number;
  insee: string;
  settlement: number;
  actualStart: string | null;
}

for (const backend of testBackends()) {
  describe(`edits reach the derived figures at once (${backend})`, () => {
    const api = useApi(backend);
    let cookie = '';
    let target: Target;
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
      // An open fibre project whose zone holds a settlement that no deployed zone covers yet.
      const rows = await api.db.rows<Target & Record<string, unknown>>(sql`
        SELECT p.id AS project, p.version, p.commune_insee AS insee, s.id AS settlement,
               to_char(p.actual_start, 'YYYY-MM-DD') AS "actualStart"
        FROM projects p
        JOIN fibre_zones z ON p.layer_id = 'fibre-zones' AND z.id = p.feature_id
        JOIN settlements s ON ST_Intersects(s.geom, z.geom)
        JOIN place_coverage pc ON pc.kind = 'settlement' AND pc.id = s.id AND NOT pc.fibre
        WHERE p.status IN ('planned', 'studies', 'works', 'delayed')
        ORDER BY p.id, s.id LIMIT 1`);
      assert.ok(rows[0], 'the sample has an open fibre project over an uncovered settlement');
      target = rows[0];
    });

    test('finishing a fibre project covers the settlements of its zone in the place coverage and the commune figures', async () => {
      const figures = async () =>
        (await api.json<{ fibre: { covered: number } }>(`/api/stats/communes/${target.insee}`)).body.fibre
          .covered;
      const coveredBefore = await figures();
      const started = performance.now();
      const res = await api.request(`/api/projects/${target.project}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie, 'if-match': `"v${target.version}"` },
        body: JSON.stringify({
          properties: {
            status: 'done',
            actualStart: target.actualStart ?? '2026-01-05',
            actualEnd: '2026-06-15',
            slippageReason: 'Fin des travaux',
          },
        }),
      });
      const ms = performance.now() - started;
      assert.equal(res.status, 200, await res.clone().text());
      const covered = await api.db.rows<{ fibre: boolean }>(
        sql`SELECT fibre FROM place_coverage WHERE kind = 'settlement' AND id = ${target.settlement}`,
      );
      assert.equal(covered[0]?.fibre, true);
      assert.ok((await figures()) > coveredBefore, 'the commune counts more people covered by fibre');
      console.log(`# ${backend}: the edit and its refresh answered in ${ms.toFixed(0)} ms`);
    });
  });
}
