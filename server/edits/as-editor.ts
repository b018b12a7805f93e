// Every edit runs in one transaction that names who makes it and by which path, for the history
// triggers (migration 0010); a broken constraint comes back as a 400 naming it, and nothing of the
// edit is written.
import { sql } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import type { Database, Executor } from '../../db/connection.ts';
import { refreshAfterEdit } from '../../db/analysis.ts';
import { constraintViolation } from '../../db/faults.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';

export type EditPath = 'web' | 'import' | 'ogc';

/** What a broken constraint means to the person who sent the change: [parameter, detail]. */
const constraintWords: Record<string, [string, string]> = {
  wifi_terminals_service_ck: [
    'properties.inServiceSince',
    'inServiceSince: a planned terminal has no date of service, an active or maintained one has one',
  ],
  fibre_zones_deployed_ck: [
    'properties.deployedOn',
    'deployedOn: a deployed zone has a deployment date, and only a deployed zone',
  ],
  fibre_zones_year_ck: ['properties.plannedYear', 'plannedYear: from 2010 until 2040'],
  po_box_blocks_boxes_ck: ['properties.boxesInUse', 'boxesInUse: at most the number of boxes'],
  po_box_blocks_installed_ck: [
    'properties.installedOn',
    'installedOn: an installed block has an installation date, and only an installed block',
  ],
  schools_connected_ck: [
    'properties.connectedOn',
    'connectedOn: a connected school has a connection date, and a school with none has none',
  ],
  mobile_sites_technologies_ck: ['properties.technologies', 'technologies: at least one'],
  projects_planned_period_ck: ['properties.plannedEnd', 'plannedEnd: must not be before plannedStart'],
  projects_actual_period_ck: [
    'properties.actualEnd',
    'actualEnd: needs an actualStart, and must not be before it',
  ],
  projects_done_ck: ['properties.actualEnd', 'actualEnd: a done project has one, and only a done project'],
  projects_delayed_reason_ck: ['properties.slippageReason', 'slippageReason: a delayed project needs one'],
  projects_geom_type_ck: ['geometry', 'geometry: a point, a line or an area'],
};

/** What a broken constraint means, as [parameter, detail], when it is one of ours. */
export function wordsFor(constraint: string | undefined): [string, string] | undefined {
  if (!constraint) return undefined;
  if (constraint.endsWith('_geom_valid'))
    return ['geometry', 'geometry: not a valid geometry (a ring crossing itself?)'];
  if (constraint.endsWith('_geom_in_nc')) return ['geometry', 'geometry: outside New Caledonia'];
  if (constraint.includes('_commune_insee_'))
    return ['properties.communeInsee', 'communeInsee: no such commune'];
  return constraintWords[constraint];
}

/**
 * Runs `work` as `account` by `path` in one transaction, then refreshes what the edited `tables`
 * feed (search, place coverage…) before the commit: derived figures are never behind an edit.
 */
export async function asEditor<T>(
  db: Database,
  account: SignedIn,
  path: EditPath,
  tables: readonly string[],
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await db.orm.transaction(async (tx) => {
      await tx.execute(
        sql`SELECT set_config('app.account_id', ${String(account.id)}, true), set_config('app.via', ${path}, true)`,
      );
      const result = await work(tx);
      await refreshAfterEdit(tx, tables);
      return result;
    });
  } catch (err) {
    if (err instanceof HTTPException) throw err;
    const violation = constraintViolation(err);
    if (!violation) throw err;
    if (violation.constraint === 'governed_by_project') {
      throw httpError(409, violation.message.slice(0, 300), 'properties');
    }
    const words = wordsFor(violation.constraint);
    const detail = words?.[1] ?? violation.message.slice(0, 300);
    throw httpError(400, detail, words?.[0] ?? 'body');
  }
}
