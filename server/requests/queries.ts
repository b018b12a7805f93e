// Requests and comments in SQL: the request's commune is the one whose area holds its place; a
// comment's target must exist, and a commune account's must lie in its own commune.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import { layersById } from '../layers/catalogue.ts';
import type { newComment, newRequest, requestAnswer, RequestStatus } from './payloads.ts';

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

/** The table of a commentable target: a layer of the catalogue (not the communes), or the projects. */
export function targetTable(layerId: string, parameter: string): string {
  if (layerId === 'projects') return 'projects';
  const layer = layersById.get(layerId);
  if (!layer || layer.table === 'communes') {
    throw httpError(
      400,
      `${parameter}: unknown layer ${layerId.slice(0, 40)}; expected projects or a layer id`,
      parameter,
    );
  }
  return layer.table;
}

/** The commune of feature `id` of `table`, or a 400 naming `parameter` when there is none. */
async function communeOf(db: Database, table: string, id: number, parameter: string): Promise<string> {
  const rows = await db.rows<{ insee: string }>(
    sql`SELECT commune_insee AS insee FROM ${sql.identifier(table)} WHERE id = ${id}`,
  );
  const insee = rows[0]?.insee;
  if (!insee) throw httpError(400, `${parameter}: no feature ${id} there`, parameter);
  return insee;
}

export async function createRequest(
  db: Database,
  request: z.infer<typeof newRequest>,
  account: SignedIn | null,
  address: string,
): Promise<{ id: number; communeInsee: string }> {
  if (request.layerId !== null && request.featureId !== null) {
    await communeOf(db, targetTable(request.layerId, 'layerId'), request.featureId, 'featureId');
  }
  const point = sql`ST_SetSRID(ST_MakePoint(${request.lon}, ${request.lat}), 4326)`;
  const rows = await db.rows<{ id: number; communeInsee: string }>(sql`
    INSERT INTO requests (commune_insee, geom, layer_id, feature_id, body, account_id, address)
    SELECT c.insee, ${point}, ${request.layerId}, ${request.featureId}, ${request.text}, ${account?.id ?? null}, ${address}
    FROM communes c WHERE ST_Covers(c.geom, ${point})
      AND (${account?.role ?? 'public'} <> 'commune' OR c.insee = ${account?.commune ?? null})
    ORDER BY c.insee LIMIT 1
    RETURNING id, commune_insee AS "communeInsee"`);
  const made = rows[0];
  if (made) return made;
  const inCommune = await db.rows(sql`SELECT 1 FROM communes WHERE ST_Covers(geom, ${point})`);
  if (inCommune.length === 0) throw httpError(400, 'lon, lat: this place is in no commune (at sea?)', 'lon');
  throw httpError(
    403,
    `a commune account raises requests in its own commune (${account?.commune ?? ''}) only`,
  );
}

/** Requests the public (no account) sent from this address in the last hour. */
export async function recentPublicRequests(db: Database, address: string): Promise<number> {
  const rows = await db.rows<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM requests
    WHERE account_id IS NULL AND address = ${address} AND created_at > now() - interval '1 hour'`);
  return rows[0]?.n ?? 0;
}

export interface RequestRow {
  id: number;
  communeInsee: string;
  communeName: string;
  lon: number;
  lat: number;
  layerId: string | null;
  featureId: number | null;
  text: string;
  status: RequestStatus;
  answer: string | null;
  author: string | null;
  createdAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
}

export function listRequests(
  db: Database,
  filter: { commune?: string | undefined; status?: string | undefined },
) {
  return db.rows<RequestRow & Record<string, unknown>>(sql`
    SELECT r.id, r.commune_insee AS "communeInsee", c.name AS "communeName",
           round(ST_X(r.geom)::numeric, 6)::float AS lon, round(ST_Y(r.geom)::numeric, 6)::float AS lat,
           r.layer_id AS "layerId", r.feature_id AS "featureId", r.body AS text, r.status::text AS status,
           r.answer, a.email AS author, ${iso('r.created_at')} AS "createdAt",
           b.email AS "answeredBy", ${iso('r.answered_at')} AS "answeredAt"
    FROM requests r JOIN communes c ON c.insee = r.commune_insee
    LEFT JOIN accounts a ON a.id = r.account_id LEFT JOIN accounts b ON b.id = r.answered_by
    WHERE (${filter.commune ?? null}::text IS NULL OR r.commune_insee = ${filter.commune ?? null})
      AND (${filter.status ?? null}::text IS NULL OR r.status::text = ${filter.status ?? null})
    ORDER BY r.created_at DESC, r.id DESC`);
}

export async function answerRequest(
  db: Database,
  id: number,
  account: SignedIn,
  answer: z.infer<typeof requestAnswer>,
): Promise<void> {
  const rows = await db.rows(sql`
    UPDATE requests SET status = ${answer.status}::request_status, answer = ${answer.answer},
           answered_by = ${account.id}, answered_at = now()
    WHERE id = ${id} RETURNING id`);
  if (rows.length === 0) throw httpError(404, `no request number ${id}`, 'id');
}

export async function createComment(
  db: Database,
  account: SignedIn,
  comment: z.infer<typeof newComment>,
): Promise<number> {
  const table = targetTable(comment.layerId, 'layerId');
  const insee = await communeOf(db, table, comment.featureId, 'featureId');
  if (account.role === 'commune' && insee !== account.commune) {
    throw httpError(
      403,
      `a commune account comments in its own commune (${account.commune}) only, not ${insee}`,
    );
  }
  const rows = await db.rows<{ id: number }>(sql`
    INSERT INTO comments (layer_id, feature_id, account_id, body)
    VALUES (${comment.layerId}, ${comment.featureId}, ${account.id}, ${comment.text}) RETURNING id`);
  return rows[0]?.id ?? 0;
}

export function listComments(db: Database, layerId: string, featureId: number) {
  return db.rows<{ id: number; author: string; text: string; createdAt: string }>(sql`
    SELECT k.id, a.email AS author, k.body AS text, ${iso('k.created_at')} AS "createdAt"
    FROM comments k JOIN accounts a ON a.id = k.account_id
    WHERE k.layer_id = ${layerId} AND k.feature_id = ${featureId}
    ORDER BY k.created_at, k.id`);
}
