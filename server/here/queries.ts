// "What can I get here?": the commune, fibre at that spot, mobile coverage by technology, and
// the nearest working Wi-Fi terminal, PO box block and school, from one round of queries.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { NC_EXTENT } from '../../db/geometry.ts';

export type Whereabouts = 'land' | 'sea' | 'outside';

interface Nearby {
  id: number;
  name: string;
  detail: string | null;
  distanceM: number;
  lon: number;
  lat: number;
}

export interface HereAnswer {
  point: { lon: number; lat: number };
  where: Whereabouts;
  message: { fr: string; en: string } | null;
  commune: { insee: string; name: string; province: string } | null;
  fibre: {
    status: 'deployed' | 'planned' | 'none';
    zone: { name: string; status: string; plannedYear: number; deployedOn: string | null } | null;
    /** To the nearest deployed zone, when the spot has none. */
    nearestDeployedM: number | null;
  };
  mobile: { technology: string; level: string }[];
  nearest: { wifi: Nearby | null; poBox: Nearby | null; school: Nearby | null };
}

const messages: Record<Exclude<Whereabouts, 'land'>, { fr: string; en: string }> = {
  sea: {
    fr: 'Ce point est en mer : aucun service fixe ni couverture mobile cartographiée ici. Les services les plus proches sur terre sont indiqués.',
    en: 'This point is at sea: no fixed service and no mapped mobile coverage here. The nearest services on land are listed.',
  },
  outside: {
    fr: 'Ce point est hors de la Nouvelle-Calédonie : la carte ne couvre que le territoire.',
    en: 'This point is outside New Caledonia: the map covers the territory only.',
  },
};

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
const insideExtent = (lon: number, lat: number) =>
  lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;

/** The nearest row of a point table, by distance on the ground (KNN candidates, then geography). */
function nearestSql(table: string, name: string, detail: string, where: string) {
  return sql`(
    SELECT json_build_object('id', n.id, 'name', n.name, 'detail', n.detail,
      'distanceM', round(ST_Distance(n.geom::geography, h.g::geography))::int,
      'lon', round(ST_X(n.geom)::numeric, 6), 'lat', round(ST_Y(n.geom)::numeric, 6))
    FROM (SELECT t.id, ${sql.raw(name)} AS name, ${sql.raw(detail)} AS detail, t.geom
          FROM ${sql.identifier(table)} t WHERE ${sql.raw(where)}
          ORDER BY t.geom <-> h.g LIMIT 8) n
    ORDER BY ST_Distance(n.geom::geography, h.g::geography) LIMIT 1)`;
}

export async function whatIsHere(db: Database, lon: number, lat: number): Promise<HereAnswer> {
  const point = { lon, lat };
  const empty = { fibre: { status: 'none' as const, zone: null, nearestDeployedM: null }, mobile: [] };
  if (!insideExtent(lon, lat)) {
    return {
      point,
      where: 'outside',
      message: messages.outside,
      commune: null,
      ...empty,
      nearest: { wifi: null, poBox: null, school: null },
    };
  }
  const [row] = await db.rows<{
    commune: HereAnswer['commune'];
    zone: HereAnswer['fibre']['zone'];
    nearest_deployed_m: number | null;
    mobile: HereAnswer['mobile'] | null;
    wifi: Nearby | null;
    po_box: Nearby | null;
    school: Nearby | null;
  }>(sql`
    WITH h AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g)
    SELECT
      (SELECT json_build_object('insee', c.insee, 'name', c.name, 'province', c.province)
       FROM communes c WHERE ST_Intersects(c.geom, h.g) LIMIT 1) AS commune,
      (SELECT json_build_object('name', z.name, 'status', z.status, 'plannedYear', z.planned_year,
                                'deployedOn', to_char(z.deployed_on, 'YYYY-MM-DD'))
       FROM fibre_zones z WHERE ST_Intersects(z.geom, h.g)
       ORDER BY z.status = 'deployed' DESC, z.planned_year LIMIT 1) AS zone,
      (SELECT round(min(ST_Distance(n.geom::geography, h.g::geography)))::int
       FROM (SELECT z.geom FROM fibre_zones z WHERE z.status = 'deployed' ORDER BY z.geom <-> h.g LIMIT 5) n)
        AS nearest_deployed_m,
      (SELECT json_agg(json_build_object('technology', m.technology, 'level', m.level) ORDER BY m.technology)
       FROM (SELECT technology, min(level) AS level FROM coverage_parts
             WHERE ST_Intersects(geom, h.g) GROUP BY technology) m) AS mobile,
      ${nearestSql('wifi_terminals', 't.site_name', 't.opening_hours', "t.status = 'active'")} AS wifi,
      ${nearestSql('po_box_blocks', 't.name', 't.boxes::text', "t.status = 'installed'")} AS po_box,
      ${nearestSql('schools', 't.name', 't.connection::text', 'true')} AS school
    FROM h`);
  if (!row) throw new Error('here: no row');
  const where: Whereabouts = row.commune ? 'land' : 'sea';
  const zone = row.zone;
  return {
    point,
    where,
    message: where === 'sea' ? messages.sea : null,
    commune: row.commune,
    fibre: {
      status: !zone ? 'none' : zone.status === 'deployed' ? 'deployed' : 'planned',
      zone,
      nearestDeployedM: zone?.status === 'deployed' ? 0 : row.nearest_deployed_m,
    },
    mobile: row.mobile ?? [],
    nearest: { wifi: row.wifi, poBox: row.po_box, school: row.school },
  };
}
