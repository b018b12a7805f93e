// Edits over HTTP (issue 10): a create, an update with its history row, and a project finished
// with the place coverage it changes, each against the same SQL run directly in one transaction
// (the trigger-written history and the refresh of the derived views included on both sides). The
// derived figures are refreshed before the commit, so the time until an edit shows in them is the
// edit's own latency.
import { serve } from '@hono/node-server';
import { sql, type SQL } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/connection.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import { createApp } from '../../server/app.ts';
import { medianMs } from './stats.ts';

export interface EditRow {
  name: string;
  httpMs: number;
  sqlMs: number;
}

const PASSWORD = 'benchmark password';
const NOUMEA = [166.4405, -22.2775];

export async function benchEdits(db: Database, runs: number): Promise<EditRow[]> {
  const { app } = createApp(db);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  // The client's idle connection must outlive the SQL-only phases between the HTTP ones (node's
  // 5 s default would close it under the client's next request: ECONNRESET on the larger sample).
  (server as unknown as { keepAliveTimeout: number }).keepAliveTimeout = 10 * 60_000;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const account = await createAccount(db, {
      email: 'bench@opt.nc',
      password: PASSWORD,
      role: 'planner',
      commune: null,
    });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@opt.nc', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const send = async (method: string, path: string, body: unknown, version?: number) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          cookie,
          ...(version === undefined ? {} : { 'if-match': `"v${version}"` }),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: number; properties: { version: number } };
    };
    const direct = (work: SQL[], refresh: SQL) =>
      db.orm.transaction(async (tx) => {
        await tx.execute(
          sql`SELECT set_config('app.account_id', ${String(account.id)}, true), set_config('app.via', 'bench', true)`,
        );
        for (const statement of work) await tx.execute(statement);
        await tx.execute(refresh);
      });
    const searchRefresh = sql`REFRESH MATERIALIZED VIEW CONCURRENTLY search_entries`;
    const point = sql`ST_SetSRID(ST_MakePoint(${NOUMEA[0]}, ${NOUMEA[1]}), 4326)`;
    const terminal = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: NOUMEA },
      properties: {
        siteName: 'Borne de mesure',
        status: 'active',
        openingHours: '6h-22h',
        inServiceSince: '2026-06-01',
      },
    };
    const rows: EditRow[] = [];

    rows.push({
      name: 'create a Wi-Fi terminal (+ history, search refreshed)',
      httpMs: await medianMs(runs, () => send('POST', '/api/layers/wifi-terminals/features', terminal)),
      sqlMs: await medianMs(runs, () =>
        direct(
          [
            sql`INSERT INTO wifi_terminals (site_name, commune_insee, status, opening_hours, in_service_since, geom, source)
                SELECT 'Borne de mesure', insee, 'active', '6h-22h', '2026-06-01', ${point}, 'web'
                FROM communes WHERE ST_Covers(geom, ${point}) LIMIT 1`,
          ],
          searchRefresh,
        ),
      ),
    });

    const created = await send('POST', '/api/layers/wifi-terminals/features', terminal);
    let version = created.properties.version;
    let hours = 0;
    rows.push({
      name: 'update a Wi-Fi terminal (+ history, search refreshed)',
      httpMs: await medianMs(runs, async () => {
        const changed = await send(
          'PATCH',
          `/api/layers/wifi-terminals/features/${created.id}`,
          { properties: { openingHours: `${(hours += 1) % 24}h-22h` } },
          version,
        );
        version = changed.properties.version;
      }),
      sqlMs: await medianMs(runs, () =>
        direct(
          [
            sql`UPDATE wifi_terminals SET opening_hours = ${`${(hours += 1) % 24}h-22h`} WHERE id = ${created.id}`,
          ],
          searchRefresh,
        ),
      ),
    });

    // A fibre project in works, finished and reopened in turn: its zone is deployed, then not.
    const [project] = await db.rows<{ id: number; version: number; start: string }>(sql`
      SELECT p.id, p.version, to_char(coalesce(p.actual_start, p.planned_start), 'YYYY-MM-DD') AS start
      FROM projects p WHERE p.layer_id = 'fibre-zones' AND p.status = 'works' ORDER BY p.id LIMIT 1`);
    if (!project) throw new Error('no fibre project in works in the sample');
    let projectVersion = project.version;
    let done = false;
    const toggle = () => {
      done = !done;
      return done
        ? { status: 'done', actualStart: project.start, actualEnd: '2026-06-15' }
        : { status: 'works', actualStart: project.start, actualEnd: null };
    };
    const finishDirectly = (refresh: SQL, first: SQL[] = []) => {
      const change = toggle();
      return direct(
        [
          ...first,
          sql`UPDATE projects SET status = ${change.status}::project_status, actual_start = ${change.actualStart}::date,
              actual_end = ${change.actualEnd}::date WHERE id = ${project.id}`,
        ],
        refresh,
      );
    };
    rows.push({
      name: 'finish or reopen a fibre project (+ its zone, history, place coverage refreshed)',
      httpMs: await medianMs(runs, async () => {
        const changed = await send(
          'PATCH',
          `/api/projects/${project.id}`,
          { properties: toggle() },
          projectVersion,
        );
        projectVersion = changed.properties.version;
      }),
      sqlMs: await medianMs(runs, () => finishDirectly(sql`SELECT refresh_place_coverage_after_edits()`)),
    });
    // What the same edit cost before migration 0012: every place recomputed.
    rows.push({
      name: 'the same, with every place recomputed (SQL only, before migration 0012)',
      httpMs: NaN,
      // Fewer runs: on PGlite at ten times the sample each takes half a minute.
      // No statement timeout: at ten times the sample it runs past the app's.
      sqlMs: await medianMs(Math.min(runs, 5), () =>
        finishDirectly(sql`SELECT refresh_place_coverage()`, [sql`SET LOCAL statement_timeout = 0`]),
      ),
    });
    return rows;
  } finally {
    server.close();
  }
}
