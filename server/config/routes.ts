// GET /api/config: what the client needs to know about this deployment.
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { layers } from '../layers/catalogue.ts';
import { noQuery } from '../validation.ts';

/** The infrastructure layers (ids) still holding features of the sample generator: the notice names them. */
async function sampleLayers(db: Database): Promise<string[]> {
  const located = layers.filter((l) => l.group !== 'reference');
  const probes = sql.join(
    located.map((l) => sql`EXISTS (SELECT 1 FROM ${sql.identifier(l.table)} WHERE source = 'sample')`),
    sql`, `,
  );
  const rows = await db.rows<{ sample: boolean[] }>(sql`SELECT ARRAY[${probes}] AS sample`);
  const flags = rows[0]?.sample ?? [];
  return located.filter((_, i) => flags[i] === true).map((l) => l.id);
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
    const [sample, asOf] = await Promise.all([sampleLayers(db), dataAsOf(db)]);
    return c.json({ basemapStyleUrl, sampleData: sample.length > 0, sampleLayers: sample, asOf });
  });
}
