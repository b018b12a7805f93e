// GET /api/config: what the client needs to know about this deployment.
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { layers } from '../layers/catalogue.ts';
import { noQuery } from '../validation.ts';

/** True when any feature of any layer comes from the sample generator. */
async function holdsSampleData(db: Database): Promise<boolean> {
  const probes = sql.join(
    layers
      .filter((l) => l.table !== 'communes')
      .map((l) => sql`EXISTS (SELECT 1 FROM ${sql.identifier(l.table)} WHERE source = 'sample')`),
    sql` OR `,
  );
  const rows = await db.rows<{ sample: boolean }>(sql`SELECT (${probes}) AS sample`);
  return rows[0]?.sample === true;
}

/** The day the data stands at (migration 0009), as YYYY-MM-DD. */
export async function dataAsOf(db: Database): Promise<string> {
  const rows = await db.rows<{ day: string }>(sql`SELECT to_char(dataset_as_of(), 'YYYY-MM-DD') AS day`);
  const day = rows[0]?.day;
  if (!day) throw new Error('dataset_as_of() gave no day');
  return day;
}

export function configRoutes(db: Database, basemapStyleUrl: string | null) {
  return new Hono().get('/', noQuery, async (c) => {
    c.header('Cache-Control', 'no-cache');
    const [sampleData, asOf] = await Promise.all([holdsSampleData(db), dataAsOf(db)]);
    return c.json({ basemapStyleUrl, sampleData, asOf });
  });
}
