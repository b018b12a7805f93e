// Creating, changing and deleting Wi-Fi terminals. The commune is the one whose area holds the
// point (in SQL), so a terminal is never in a commune it is not in, and a point at sea is refused.
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.ts';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import type { newWifiTerminal, wifiTerminalChange } from './feature-payloads.ts';

type NewTerminal = z.infer<typeof newWifiTerminal>;
type TerminalChange = z.infer<typeof wifiTerminalChange>;

const pointSql = ([lon, lat]: [number, number]) => sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`;

async function communeAt(db: Database, tx: Executor, at: [number, number]): Promise<string> {
  const rows = await db.rows<{ insee: string }>(
    sql`SELECT insee FROM communes WHERE ST_Covers(geom, ${pointSql(at)}) ORDER BY insee LIMIT 1`,
    tx,
  );
  const insee = rows[0]?.insee;
  if (!insee) {
    throw httpError(
      400,
      `geometry: ${at.join(', ')} is in no commune of New Caledonia (at sea?)`,
      'geometry',
    );
  }
  return insee;
}

export async function createWifiTerminal(db: Database, tx: Executor, feature: NewTerminal): Promise<number> {
  const p = feature.properties;
  const at = feature.geometry.coordinates;
  const insee = await communeAt(db, tx, at);
  const rows = await db.rows<{ id: number }>(
    sql`INSERT INTO wifi_terminals (site_name, commune_insee, status, opening_hours, in_service_since, geom, source)
        VALUES (${p.siteName}, ${insee}, ${p.status}, ${p.openingHours}, ${p.inServiceSince}::date, ${pointSql(at)}, 'web')
        RETURNING id`,
    tx,
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('INSERT … RETURNING gave no row');
  return id;
}

const columns: Record<string, string> = {
  siteName: 'site_name',
  status: 'status',
  openingHours: 'opening_hours',
  inServiceSince: 'in_service_since',
};

/** Applies a change to the terminal, whose version the caller has locked and checked. */
export async function changeWifiTerminal(
  db: Database,
  tx: Executor,
  id: number,
  change: TerminalChange,
): Promise<void> {
  const sets: SQL[] = [];
  for (const [name, value] of Object.entries(change.properties ?? {})) {
    const column = columns[name];
    if (!column || value === undefined) continue;
    const cast = name === 'inServiceSince' ? sql`::date` : name === 'status' ? sql`::wifi_status` : sql``;
    sets.push(sql`${sql.identifier(column)} = ${value}${cast}`);
  }
  if (change.geometry) {
    const at = change.geometry.coordinates;
    sets.push(sql`geom = ${pointSql(at)}`, sql`commune_insee = ${await communeAt(db, tx, at)}`);
  }
  if (sets.length === 0) return;
  await db.rows(sql`UPDATE wifi_terminals SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`, tx);
}

/** The columns an earlier state brings back (the row's id, version and timestamps are its own). */
const RESTORED = ['site_name', 'commune_insee', 'status', 'opening_hours', 'in_service_since', 'source'];

/**
 * Puts the terminal back as a history entry left it (`state`: the stored row, columns as keys):
 * over the current row when it exists, else as the deleted row again, at the version after `version`.
 */
export async function restoreWifiTerminal(
  db: Database,
  tx: Executor,
  id: number,
  state: { geometry: unknown; properties: Record<string, unknown> },
  exists: boolean,
  version: number,
): Promise<void> {
  const record = sql`jsonb_populate_record(NULL::wifi_terminals, ${JSON.stringify(state.properties)}::jsonb)`;
  const geometry = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(state.geometry)}), 4326)`;
  const columns = sql.raw(RESTORED.join(', '));
  const values = sql.raw(RESTORED.map((c) => `r.${c}`).join(', '));
  if (exists) {
    await db.rows(
      sql`UPDATE wifi_terminals t SET (${columns}, geom) = (SELECT ${values}, ${geometry} FROM ${record} r)
          WHERE t.id = ${id}`,
      tx,
    );
  } else {
    await db.rows(
      sql`INSERT INTO wifi_terminals (id, version, ${columns}, geom)
          SELECT ${id}, ${version + 1}, ${values}, ${geometry} FROM ${record} r`,
      tx,
    );
  }
}
