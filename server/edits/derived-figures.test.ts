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
      await sameAsDefinition();
    });

    /** The place coverage kept after edits holds exactly the rows its definition gives now. */
    const sameAsDefinition = async () => {
      const differ = await api.db.rows<{ kind: string; id: number }>(sql`
        (SELECT * FROM place_coverage EXCEPT SELECT * FROM place_coverage_measured)
        UNION ALL
        (SELECT * FROM place_coverage_measured EXCEPT SELECT * FROM place_coverage)`);
      assert.deepEqual(
        differ.map((d) => `${d.kind} ${d.id}`),
        [],
        'the place coverage is what a full refresh would give',
      );
    };

    test('drawing, moving and deleting a deployed zone and a school recompute only the places they change, exactly', async () => {
      const settlement = (
        await api.db.rows<{ lon: number; lat: number; id: number; townLon: number; townLat: number }>(sql`
          SELECT s.id, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
                 ST_X(c.town) AS "townLon", ST_Y(c.town) AS "townLat"
          FROM place_coverage p
          JOIN settlements s ON p.kind = 'settlement' AND s.id = p.id
          JOIN communes c ON c.insee = s.commune_insee
          WHERE NOT p.fibre AND p.distance_fibre_m > 2000 AND ST_Distance(s.geom, c.town) > 0.03
          ORDER BY p.id LIMIT 1`)
      )[0];
      assert.ok(settlement, 'a settlement far from fibre');
      const around = (lon: number, lat: number, r = 0.005) => ({
        type: 'Polygon',
        coordinates: [
          [
            [lon - r, lat - r],
            [lon + r, lat - r],
            [lon + r, lat + r],
            [lon - r, lat + r],
            [lon - r, lat - r],
          ],
        ],
      });
      const send = (method: string, path: string, body: unknown, version?: number) =>
        api.request(path, {
          method,
          headers: {
            'content-type': 'application/json',
            cookie,
            ...(version === undefined ? {} : { 'if-match': `"v${version}"` }),
          },
          body: body === undefined ? null : JSON.stringify(body),
        });
      const fibreOf = async (id: number) =>
        (
          await api.db.rows<{ fibre: boolean }>(
            sql`SELECT fibre FROM place_coverage WHERE kind = 'settlement' AND id = ${id}`,
          )
        )[0]?.fibre;

      const zone = await send('POST', '/api/layers/fibre-zones/features', {
        type: 'Feature',
        geometry: around(settlement.lon, settlement.lat),
        properties: {
          name: 'Zone posée',
          status: 'deployed',
          plannedYear: 2026,
          deployedOn: '2026-05-04',
          premisesPassed: 80,
        },
      });
      assert.equal(zone.status, 201, await zone.clone().text());
      const zoneId = ((await zone.json()) as { id: number }).id;
      assert.equal(await fibreOf(settlement.id), true, 'the settlement inside the new zone is covered');
      await sameAsDefinition();

      const moved = await send(
        'PATCH',
        `/api/layers/fibre-zones/features/${zoneId}`,
        {
          geometry: around(settlement.townLon, settlement.townLat),
        },
        1,
      );
      assert.equal(moved.status, 200, await moved.clone().text());
      assert.equal(
        await fibreOf(settlement.id),
        false,
        'moved to the town, it no longer covers the settlement',
      );
      await sameAsDefinition();

      const school = await send('POST', '/api/layers/schools/features', {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [settlement.townLon, settlement.townLat] },
        properties: {
          name: 'École posée',
          level: 'primary',
          pupils: 40,
          connection: 'none',
          connectedOn: null,
        },
      });
      assert.equal(school.status, 201, await school.clone().text());
      const schoolId = ((await school.json()) as { id: number }).id;
      const schoolRow = await api.db.rows<{ fibre: boolean }>(
        sql`SELECT fibre FROM place_coverage WHERE kind = 'school' AND id = ${schoolId}`,
      );
      assert.equal(schoolRow[0]?.fibre, true, 'a new school inside the zone is covered');
      await sameAsDefinition();

      assert.equal(
        (await send('DELETE', `/api/layers/schools/features/${schoolId}`, undefined, 1)).status,
        200,
      );
      assert.equal(
        (await send('DELETE', `/api/layers/fibre-zones/features/${zoneId}`, undefined, 2)).status,
        200,
      );
      await sameAsDefinition();
    });

    test('an edit recomputes the places near the changed zone, not all of them', async () => {
      const counts = await api.db.orm.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('app.via', 'web', true)`);
        await tx.execute(sql`UPDATE fibre_zones SET name = name || ' (renommée)'
                             WHERE id = (SELECT min(id) FROM deployed_fibre_zones)`);
        const [row] = await api.db.rows<{ n: number; total: number }>(
          sql`SELECT refresh_place_coverage_after_edits() AS n, (SELECT count(*)::int FROM place_coverage) AS total`,
          tx,
        );
        return row;
      });
      assert.ok(counts, 'the refresh answered');
      assert.ok(counts.n > 0, 'the places near the zone are recomputed');
      assert.ok(counts.n < counts.total / 2, `${counts.n} of ${counts.total} places recomputed`);
      console.log(`# ${backend}: one zone renamed, ${counts.n} of ${counts.total} places recomputed`);
      await sameAsDefinition();
    });
  });
}
