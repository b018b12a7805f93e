// Projects as GeoJSON built by PostGIS, filtered by commune, status, kind and period.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';

export interface ProjectFilter {
  commune?: string | undefined;
  status?: string[] | undefined;
  kind?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  id?: number | undefined;
}

/**
 * The days a project occupies, both ends included: actual where known, planned otherwise. A late
 * project that started after its planned end occupies at least its start day.
 */
export const projectPeriod = sql`daterange(
  coalesce(p.actual_start, p.planned_start),
  greatest(coalesce(p.actual_end, p.planned_end), coalesce(p.actual_start, p.planned_start)), '[]')`;

const day = (column: string) => sql.raw(`to_char(p.${column}, 'YYYY-MM-DD')`);

const featureSql = sql`json_build_object(
  'type', 'Feature', 'id', p.id,
  'geometry', ST_AsGeoJSON(p.geom, 6)::json,
  'properties', json_build_object(
    'id', p.id, 'title', p.title, 'communeInsee', p.commune_insee, 'communeName', c.name,
    'kind', p.kind, 'organisation', p.organisation, 'status', p.status,
    -- Where it stands at the data's as-of date: upcoming, ongoing, late, done or cancelled.
    'progress', project_progress(p),
    'plannedStart', ${day('planned_start')}, 'plannedEnd', ${day('planned_end')},
    'actualStart', ${day('actual_start')}, 'actualEnd', ${day('actual_end')},
    -- Days late against the plan, where the plan can be compared: start, then end.
    'startSlipDays', p.actual_start - p.planned_start,
    'endSlipDays', p.actual_end - p.planned_end,
    'slippageReason', p.slippage_reason,
    'layerId', p.layer_id, 'featureId', p.feature_id,
    'publicNotes', p.public_notes, 'source', p.source, 'version', p.version))`;

function whereSql(f: ProjectFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (f.id !== undefined) conditions.push(sql`p.id = ${f.id}`);
  if (f.commune) conditions.push(sql`p.commune_insee = ${f.commune}`);
  if (f.status)
    conditions.push(
      sql`p.status::text IN (${sql.join(
        f.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (f.kind)
    conditions.push(
      sql`p.kind::text IN (${sql.join(
        f.kind.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  if (f.from || f.to) {
    const wanted = sql`daterange(${f.from ?? null}::date, ${f.to ?? null}::date, '[]')`;
    conditions.push(sql`${projectPeriod} && ${wanted}`);
  }
  return sql.join(conditions, sql` AND `);
}

export async function projectsFeatureCollection(db: Database, filter: ProjectFilter): Promise<string> {
  const rows = await db.rows<{ body: string }>(sql`
    SELECT json_build_object('type', 'FeatureCollection',
      'features', coalesce(json_agg(${featureSql} ORDER BY p.planned_start, p.id), '[]'::json))::text AS body
    FROM projects p JOIN communes c ON c.insee = p.commune_insee
    WHERE ${whereSql(filter)}`);
  return rows[0]?.body ?? '{"type":"FeatureCollection","features":[]}';
}

export async function projectFeature(db: Database, id: number, tx?: Executor): Promise<string | undefined> {
  const rows = await db.rows<{ body: string }>(
    sql`
    SELECT ${featureSql}::text AS body FROM projects p JOIN communes c ON c.insee = p.commune_insee
    WHERE p.id = ${id}`,
    tx,
  );
  return rows[0]?.body;
}
