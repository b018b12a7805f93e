// Creating, changing and deleting projects, with the commune's scope in SQL: a commune account
// writes only where the project's commune is its own, before and after the change, and every
// project's geometry must reach into its commune's area.
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/connection.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import type { newProject, projectChange } from './project-payloads.ts';

type NewProject = z.infer<typeof newProject>;
type ProjectChange = z.infer<typeof projectChange>;

/** Each property of a project and its column, with the cast its value takes. */
export const projectColumns: Record<string, [column: string, cast: string]> = {
  title: ['title', ''],
  communeInsee: ['commune_insee', ''],
  kind: ['kind', '::project_kind'],
  organisation: ['organisation', ''],
  status: ['status', '::project_status'],
  plannedStart: ['planned_start', '::date'],
  plannedEnd: ['planned_end', '::date'],
  actualStart: ['actual_start', '::date'],
  actualEnd: ['actual_end', '::date'],
  slippageReason: ['slippage_reason', ''],
  publicNotes: ['public_notes', ''],
};

const geometrySql = (geometry: unknown) =>
  sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326)`;

/** The scope of an account over a project row `p`, in SQL: planners everywhere, a commune its own. */
function scopeSql(account: SignedIn): SQL {
  return account.role === 'planner' ? sql`true` : sql`p.commune_insee = ${account.commune}`;
}

/** After the write, in the same transaction: still in scope, and the geometry reaches its commune. */
async function checkPlace(db: Database, tx: Executor, account: SignedIn, id: number): Promise<void> {
  const rows = await db.rows<{ commune: string; inScope: boolean; reaches: boolean }>(
    sql`SELECT p.commune_insee AS commune, ${scopeSql(account)} AS "inScope",
               coalesce(ST_Intersects(p.geom, c.geom), false) AS reaches
        FROM projects p LEFT JOIN communes c ON c.insee = p.commune_insee WHERE p.id = ${id}`,
    tx,
  );
  const row = rows[0];
  if (!row) return;
  if (!row.inScope) {
    throw httpError(
      403,
      `a commune account keeps its projects in its own commune (${account.commune}), not ${row.commune}`,
    );
  }
  if (!row.reaches) {
    throw httpError(400, `geometry: the project lies outside its commune ${row.commune}`, 'geometry');
  }
}

/** Refuses (403) a project outside the account's scope, before anything is written. */
export async function requireProjectScope(
  db: Database,
  tx: Executor,
  account: SignedIn,
  id: number,
): Promise<void> {
  const rows = await db.rows<{ commune: string; inScope: boolean }>(
    sql`SELECT p.commune_insee AS commune, ${scopeSql(account)} AS "inScope" FROM projects p WHERE p.id = ${id}`,
    tx,
  );
  const row = rows[0];
  if (row && !row.inScope) {
    throw httpError(
      403,
      `project ${id} is in commune ${row.commune}; this account edits the projects of ${account.commune} only`,
    );
  }
}

export async function createProject(
  db: Database,
  tx: Executor,
  account: SignedIn,
  project: NewProject,
): Promise<number> {
  const p = project.properties;
  const known = await db.rows(sql`SELECT 1 FROM communes WHERE insee = ${p.communeInsee}`, tx);
  if (known.length === 0) {
    throw httpError(400, `properties.communeInsee: no commune ${p.communeInsee}`, 'properties.communeInsee');
  }
  const names = Object.keys(projectColumns) as (keyof typeof projectColumns)[];
  const values = names.map((name) => {
    const [, cast] = projectColumns[name] ?? ['', ''];
    return sql`${p[name as keyof typeof p]}${sql.raw(cast)}`;
  });
  const rows = await db.rows<{ id: number }>(
    sql`INSERT INTO projects (${sql.raw(names.map((n) => projectColumns[n]?.[0]).join(', '))}, geom, source)
        VALUES (${sql.join(values, sql`, `)}, ${geometrySql(project.geometry)}, 'web') RETURNING id`,
    tx,
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('INSERT … RETURNING gave no row');
  await checkPlace(db, tx, account, id);
  return id;
}

export async function changeProject(
  db: Database,
  tx: Executor,
  account: SignedIn,
  id: number,
  change: ProjectChange,
): Promise<void> {
  const sets: SQL[] = [];
  for (const [name, value] of Object.entries(change.properties ?? {})) {
    const target = projectColumns[name];
    if (!target || value === undefined) continue;
    sets.push(sql`${sql.identifier(target[0])} = ${value}${sql.raw(target[1])}`);
  }
  if (change.geometry) sets.push(sql`geom = ${geometrySql(change.geometry)}`);
  if (sets.length === 0) return;
  await db.rows(
    sql`UPDATE projects p SET ${sql.join(sets, sql`, `)} WHERE p.id = ${id} AND ${scopeSql(account)}`,
    tx,
  );
  await checkPlace(db, tx, account, id);
}

export async function deleteProject(
  db: Database,
  tx: Executor,
  account: SignedIn,
  id: number,
): Promise<void> {
  await db.rows(sql`DELETE FROM projects p WHERE p.id = ${id} AND ${scopeSql(account)}`, tx);
}
