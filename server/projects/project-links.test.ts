// Projects and the features they build agree, and everything is measured at the data's as-of date
// (issue #9, items 2 and 3), on the seeded data and on both backends: every linked pair is checked
// by rules written here independently of migration 0009's functions; an edit of the project moves
// its feature, an edit of the feature alone is refused; lateness, "in progress", coordination
// windows and the rollout are counted against 2026-06-30, never against the clock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import type { FeatureCollection, Geometry } from 'geojson';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { RolloutYear } from '../stats/yearly.ts';

const AS_OF = '2026-06-30';

interface Project {
  id: number;
  communeInsee: string;
  status: string;
  progress: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

/** The words of the glossary's "late" and "in progress", applied to a project at AS_OF. */
function expectedProgress(p: Project): string {
  if (p.status === 'done' || p.status === 'cancelled') return p.status;
  if (p.status === 'delayed' || p.plannedEnd < AS_OF || (p.actualStart === null && p.plannedStart < AS_OF))
    return 'late';
  if (p.actualStart !== null || p.status === 'works') return 'ongoing';
  return 'upcoming';
}

for (const backend of testBackends()) {
  describe(`projects and their features, at the data's as-of date (${backend})`, () => {
    const api = useApi(backend);
    /** A write whose failure says the database's own message (drizzle keeps it in `cause`). */
    const write = async (query: SQL) => {
      try {
        await api.db.rows(query);
      } catch (error) {
        throw new Error(String((error as { cause?: unknown }).cause ?? error), { cause: error });
      }
    };

    test('the data says the day it stands at', async () => {
      const { status, body } = await api.json<{ asOf: string }>('/api/config');
      assert.equal(status, 200);
      assert.equal(body.asOf, AS_OF);
    });

    test('every fibre zone agrees with the project building it', async () => {
      const pairs = await api.db.rows<{
        project: number;
        pstatus: string;
        actual_start: string | null;
        actual_end: string | null;
        planned_end_year: number;
        zstatus: string;
        deployed_on: string | null;
        planned_year: number;
      }>(sql`
        SELECT p.id AS project, p.status::text AS pstatus, to_char(p.actual_start, 'YYYY-MM-DD') AS actual_start,
               to_char(p.actual_end, 'YYYY-MM-DD') AS actual_end,
               extract(year FROM p.planned_end)::int AS planned_end_year,
               z.status::text AS zstatus, to_char(z.deployed_on, 'YYYY-MM-DD') AS deployed_on, z.planned_year
        FROM projects p JOIN fibre_zones z ON z.id = p.feature_id
        WHERE p.layer_id = 'fibre-zones' AND p.status <> 'cancelled'`);
      assert.ok(pairs.length >= 40, `only ${pairs.length} linked zones`);
      const wrong: string[] = [];
      for (const pair of pairs) {
        const at = `project ${pair.project} (${pair.pstatus})`;
        if (pair.planned_year !== pair.planned_end_year)
          wrong.push(`${at}: zone planned ${pair.planned_year}, project ends ${pair.planned_end_year}`);
        if (pair.pstatus === 'done') {
          if (pair.zstatus !== 'deployed' || pair.deployed_on !== pair.actual_end)
            wrong.push(`${at}: ended ${pair.actual_end}, zone ${pair.zstatus} on ${pair.deployed_on}`);
        } else if (pair.zstatus === 'deployed') {
          wrong.push(`${at}: unfinished, zone deployed`);
        } else if ((pair.pstatus === 'works' || pair.actual_start !== null) !== (pair.zstatus === 'works')) {
          wrong.push(`${at}: started ${pair.actual_start}, zone ${pair.zstatus}`);
        }
      }
      assert.deepEqual(wrong, []);
      assert.ok(pairs.some((p) => p.pstatus === 'done'));
    });

    test('every PO box block, Wi-Fi terminal and mobile site agrees with its project', async () => {
      const wrong = await api.db.rows<{ project: number }>(sql`
        SELECT p.id AS project FROM projects p JOIN po_box_blocks b ON b.id = p.feature_id
        WHERE p.layer_id = 'po-boxes' AND p.status <> 'cancelled'
          AND ((p.status = 'done') <> (b.status = 'installed') OR b.installed_on IS DISTINCT FROM p.actual_end)
        UNION ALL
        SELECT p.id FROM projects p JOIN wifi_terminals w ON w.id = p.feature_id
        WHERE p.layer_id = 'wifi-terminals' AND p.status <> 'cancelled'
          AND ((p.status = 'done') = (w.status = 'planned') OR w.in_service_since IS DISTINCT FROM p.actual_end)
        UNION ALL
        SELECT p.id FROM projects p JOIN mobile_sites s ON s.id = p.feature_id
        WHERE p.layer_id = 'mobile-sites' AND p.status <> 'cancelled' AND (p.status = 'done') <> (s.status = 'on-air')`);
      assert.deepEqual(wrong, []);
      const [linked] = await api.db.rows<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM projects WHERE layer_id IN ('po-boxes', 'wifi-terminals', 'mobile-sites')`);
      assert.ok((linked?.n ?? 0) >= 20, `only ${linked?.n} linked points`);
    });

    test('nothing actually happened after the as-of date', async () => {
      const after = await api.db.rows<{ id: number }>(sql`
        SELECT id FROM projects WHERE actual_start > ${AS_OF}::date OR actual_end > ${AS_OF}::date
        UNION ALL SELECT id FROM fibre_zones WHERE deployed_on > ${AS_OF}::date`);
      assert.deepEqual(after, []);
    });

    test('finishing a project deploys its zone in the same write; the zone alone cannot be changed', async () => {
      const [open] = await api.db.rows<{ id: number; zone: number }>(sql`
        SELECT p.id, p.feature_id AS zone FROM projects p
        WHERE p.layer_id = 'fibre-zones' AND p.status = 'works' ORDER BY p.id LIMIT 1`);
      assert.ok(open, 'a fibre project in works');
      // When the project is marked done on the as-of date
      await write(sql`
        UPDATE projects SET status = 'done', actual_end = '2026-06-30' WHERE id = ${open.id}`);
      // Then its zone is deployed on that day, and counts as deployed fibre
      const [zone] = await api.db.rows<{ status: string; deployed_on: string; counted: boolean }>(sql`
        SELECT z.status::text AS status, to_char(z.deployed_on, 'YYYY-MM-DD') AS deployed_on,
               EXISTS (SELECT 1 FROM deployed_fibre_zones d WHERE d.id = z.id) AS counted
        FROM fibre_zones z WHERE z.id = ${open.zone}`);
      assert.deepEqual(zone, { status: 'deployed', deployed_on: '2026-06-30', counted: true });
      // And moving the zone's date by itself is refused, naming the project
      await assert.rejects(
        api.db.rows(sql`UPDATE fibre_zones SET deployed_on = '2025-01-01' WHERE id = ${open.zone}`),
        (error: unknown) => {
          const text = `${String(error)} ${String((error as { cause?: unknown }).cause)}`;
          return text.includes(`governed by project ${open.id}`);
        },
      );
      // While a change that agrees with the project (a rename) goes through
      await api.db.rows(sql`UPDATE fibre_zones SET name = name || ' (renommée)' WHERE id = ${open.zone}`);
    });

    test('late and in progress are counted at the as-of date, as the glossary says', async () => {
      const { body } = await api.json<FeatureCollection<Geometry, Project>>('/api/projects');
      const projects = body.features.map((f) => f.properties);
      assert.ok(projects.length > 150);
      const wrong = projects.filter((p) => p.progress !== expectedProgress(p)).map((p) => p.id);
      assert.deepEqual(wrong, []);
      // Works are under way in many communes (measured against today, none were).
      const communesWithWorks = new Set(
        projects.filter((p) => p.progress === 'ongoing').map((p) => p.communeInsee),
      );
      assert.ok(communesWithWorks.size >= 10, `works in progress in ${communesWithWorks.size} communes`);
      const count = (progress: string) => projects.filter((p) => p.progress === progress).length;
      assert.ok(count('upcoming') > 0 && count('late') > 0 && count('done') > 0);
    });

    test('coordination never proposes a window that is over', async () => {
      const { body } = await api.json<{ communes: { insee: string }[] }>('/api/communes');
      const windows: { start: string; end: string }[] = [];
      for (const { insee } of body.communes) {
        const answer = await api.json<{ pairs: { sharedPeriod: { start: string; end: string } }[] }>(
          `/api/communes/${insee}/coordination`,
        );
        windows.push(...answer.body.pairs.map((p) => p.sharedPeriod));
      }
      assert.ok(windows.length >= 5, `only ${windows.length} windows`);
      const over = windows.filter((w) => w.start < AS_OF || w.end < w.start);
      assert.deepEqual(over, []);
    });

    test('the rollout compares planned against deployed, year by year, and says what is overdue', async () => {
      const { body } = await api.json<{ territory: { yearly: RolloutYear[] } }>('/api/stats/communes');
      const yearly = body.territory.yearly;
      const [zones] = await api.db.rows<{ all: number; deployed: number; overdue: number }>(sql`
        SELECT sum(premises_passed)::int AS all,
               (sum(premises_passed) FILTER (WHERE status = 'deployed'))::int AS deployed,
               (sum(premises_passed) FILTER (WHERE status <> 'deployed' AND planned_year < 2026))::int AS overdue
        FROM fibre_zones`);
      const total = (key: keyof RolloutYear) => yearly.reduce((n, y) => n + y[key], 0);
      assert.equal(total('plannedPremises'), zones?.all);
      assert.equal(total('deployedPremises'), zones?.deployed);
      assert.equal(total('overduePremises'), zones?.overdue);
      assert.ok((zones?.overdue ?? 0) > 0, 'the sample has overdue premises');
      for (const y of yearly) {
        assert.ok(y.overduePremises <= y.plannedPremises, `${y.year}`);
        if (y.year >= 2026) assert.equal(y.overduePremises, 0, `${y.year} is not over at the as-of date`);
      }
      // Past years can be compared: some were planned and deployed.
      assert.ok(yearly.some((y) => y.year < 2026 && y.plannedPremises > 0 && y.deployedPremises > 0));
    });
  });
}
