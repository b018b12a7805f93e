// The nearest working public Wi-Fi terminals, by distance on the ground. The GiST index's
// nearest-neighbour ordering (`<->`, in degrees) picks candidates; geography measures them.
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
}

async function nearest(
  db: Database,
  lon: number,
  lat: number,
  status: 'active' | 'maintenance',
  limit: number,
  withinM?: number,
): Promise<NearbyTerminal[]> {
  // Degrees east and north are not the same length: rank a few more candidates than asked.
  const candidates = limit * 3 + 5;
  return db.rows<NearbyTerminal & Record<string, unknown>>(sql`
    WITH here AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g),
    candidates AS (
      SELECT w.* FROM wifi_terminals w, here
      WHERE w.status = ${status}
      ORDER BY w.geom <-> here.g
      LIMIT ${candidates}
    )
    SELECT t.id, t.site_name AS "siteName", t.status::text AS status, t.opening_hours AS "openingHours",
           t.commune_insee AS "communeInsee", c.name AS "communeName",
           round(ST_Distance(t.geom::geography, here.g::geography))::int AS "distanceM",
           round(ST_X(t.geom)::numeric, 6)::float8 AS lon, round(ST_Y(t.geom)::numeric, 6)::float8 AS lat
    FROM candidates t CROSS JOIN here JOIN communes c ON c.insee = t.commune_insee
    WHERE ${withinM === undefined ? sql`true` : sql`ST_DWithin(t.geom::geography, here.g::geography, ${withinM})`}
    ORDER BY "distanceM", t.id
    LIMIT ${limit}`);
}

/** Active terminals, nearest first; and those under maintenance that are nearer than the last of them. */
export async function nearestWifi(db: Database, lon: number, lat: number, limit: number) {
  const terminals = await nearest(db, lon, lat, 'active', limit);
  const farthest = terminals.at(-1)?.distanceM;
  const unavailable = farthest === undefined ? [] : await nearest(db, lon, lat, 'maintenance', 5, farthest);
  return { terminals, unavailable };
}
