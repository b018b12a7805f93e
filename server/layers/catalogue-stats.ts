// Feature count and extent of every layer, in one round trip.
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import { layers } from './catalogue.ts';

export interface LayerStats {
  featureCount: number;
  extent: [number, number, number, number] | null;
}

export async function layerStats(db: Database, executor?: Executor): Promise<Map<string, LayerStats>> {
  const union = sql.join(
    layers.map(
      (l) =>
        sql`SELECT ${l.id}::text AS id, count(*)::int AS n, ST_Extent(geom) AS box FROM ${sql.identifier(l.table)}`,
    ),
    sql` UNION ALL `,
  );
  const rows = await db.rows<{
    id: string;
    n: number;
    xmin: number | null;
    ymin: number | null;
    xmax: number | null;
    ymax: number | null;
  }>(
    sql`SELECT id, n, ST_XMin(box) AS xmin, ST_YMin(box) AS ymin, ST_XMax(box) AS xmax, ST_YMax(box) AS ymax
         FROM (${union}) s`,
    executor,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        featureCount: Number(r.n),
        extent:
          r.xmin === null || r.ymin === null || r.xmax === null || r.ymax === null
            ? null
            : [round(r.xmin), round(r.ymin), round(r.xmax), round(r.ymax)],
      },
    ]),
  );
}

const round = (x: number) => Math.round(Number(x) * 1e5) / 1e5;
