// The nearest working public Wi-Fi terminals, by distance on the ground. The GiST index's
// nearest-neighbour ordering (`<->`, in degrees) picks candidates; geography measures them. Each
// says whether it stands on the asker's island (islands, migration 0008): across the sea is no walk.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';

export interface NearbyTerminal {
  id: number;
  siteName: string;
  status: 'active' | 'maintenance' | 'planned';
  openingHours: string;
  communeInsee: string;
  communeName: string;
  distanceM: number;
  lon: number;
  lat: number;
  /** On the island the question was asked from; false from the sea. */
  sameIsland: boolean;
}

async function nearest(
  db: Database,
  lon: number,
  lat: number,
  status: 'active' | 'maintenance',
  limit: number,
  options: { withinM?: number; onIsland?: number } = {},
): Promise<NearbyTerminal[]> {
  const { withinM, onIsland } = options;
  // Degrees east and north are not the same length: rank a few more candidates than asked.
  const candidates = limit * 3 + 5;
  return db.rows<NearbyTerminal & Record<string, unknown>>(sql`
    WITH point AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g),
    here AS (SELECT g, island_of(g) AS island FROM point),
    candidates AS (
      SELECT w.* FROM wifi_terminals w, here
      WHERE w.status = ${status}
        AND ${onIsland === undefined ? sql`true` : sql`island_of(w.geom) = ${onIsland}`}
      ORDER BY w.geom <-> here.g
      LIMIT ${candidates}
    )
    SELECT t.id, t.site_name AS "siteName", t.status::text AS status, t.opening_hours AS "openingHours",
           t.commune_insee AS "communeInsee", c.name AS "communeName",
           round(ST_Distance(t.geom::geography, here.g::geography))::int AS "distanceM",
           round(ST_X(t.geom)::numeric, 6)::float8 AS lon, round(ST_Y(t.geom)::numeric, 6)::float8 AS lat,
           coalesce(island_of(t.geom) = here.island, false) AS "sameIsland"
    FROM candidates t CROSS JOIN here JOIN communes c ON c.insee = t.commune_insee
    WHERE ${withinM === undefined ? sql`true` : sql`ST_DWithin(t.geom::geography, here.g::geography, ${withinM})`}
    ORDER BY "distanceM", t.id
    LIMIT ${limit}`);
}

/** The island the point stands on (or is within 2 km of), null at sea. */
async function islandOf(db: Database, lon: number, lat: number): Promise<number | null> {
  const [row] = await db.rows<{ island: number | null }>(
    sql`SELECT island_of(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)) AS island`,
  );
  return row?.island ?? null;
}

/**
 * Active terminals, nearest first, and those under maintenance that are nearer than the last of
 * them. When none of the nearest stands on the asker's island, the nearest one that does (however
 * far) comes last, so that "none on your island" is only ever said when it is true.
 */
export async function nearestWifi(db: Database, lon: number, lat: number, limit: number) {
  const terminals = await nearest(db, lon, lat, 'active', limit);
  const island = await islandOf(db, lon, lat);
  if (island !== null && terminals.length > 0 && !terminals.some((t) => t.sameIsland)) {
    terminals.push(...(await nearest(db, lon, lat, 'active', 1, { onIsland: island })));
  }
  const farthest = terminals.at(-1)?.distanceM;
  const unavailable =
    farthest === undefined ? [] : await nearest(db, lon, lat, 'maintenance', 5, { withinM: farthest });
  return { onIsland: island !== null, terminals, unavailable };
}
