// "What can I get here?": the commune, fibre at that spot, mobile coverage by technology, and
// the nearest working Wi-Fi terminal, PO box block and school, from one round of queries.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { NC_EXTENT } from '../../db/geometry.ts';
import type { fibreZoneStatus, schoolConnection } from '../../db/schema.ts';

export type Whereabouts = 'land' | 'sea' | 'outside';

interface Nearby {
  id: number;
  name: string;
  distanceM: number;
  lon: number;
  lat: number;
}
export type FibreStatus = (typeof fibreZoneStatus.enumValues)[number];

/** The coverage of a spot, with the same definitions and names as a place of /api/gaps/places. */
export interface SpotCoverage {
  fibre: boolean;
  g4: boolean;
  mobile: boolean;
  distanceFibreM: number | null;
  distance4gM: number | null;
  distanceMobileM: number | null;
}

export interface HereAnswer {
  point: { lon: number; lat: number };
  where: Whereabouts;
  message: { fr: string; en: string } | null;
  /** `province` is the code (SUD, NORD, ILES); the client names it in its language. */
  commune: { insee: string; name: string; province: string } | null;
  fibre: {
    /** The status of the fibre zone at the spot, the most advanced where zones overlap; none outside any. */
    status: FibreStatus | 'none';
    zone: {
      id: number;
      name: string;
      status: FibreStatus;
      plannedYear: number;
      deployedOn: string | null;
    } | null;
  };
  coverage: SpotCoverage;
  mobile: { technology: string; level: string }[];
  nearest: {
    wifi: (Nearby & { openingHours: string }) | null;
    poBox: (Nearby & { boxes: number }) | null;
    school: (Nearby & { connection: (typeof schoolConnection.enumValues)[number] }) | null;
  };
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

/**
 * The nearest row of a point table, by distance on the ground (KNN candidates, then geography),
 * with one typed field of its own (`field` holding the SQL `value`).
 */
function nearestSql(table: string, name: string, field: string, value: string, where: string) {
  return sql`(
    SELECT json_build_object('id', n.id, 'name', n.name, ${field}::text, n.value,
      'distanceM', round(ST_Distance(n.geom::geography, h.g::geography))::int,
      'lon', round(ST_X(n.geom)::numeric, 6), 'lat', round(ST_Y(n.geom)::numeric, 6))
    FROM (SELECT t.id, ${sql.raw(name)} AS name, ${sql.raw(value)} AS value, t.geom
          FROM ${sql.identifier(table)} t WHERE ${sql.raw(where)}
          ORDER BY t.geom <-> h.g LIMIT 8) n
    ORDER BY ST_Distance(n.geom::geography, h.g::geography) LIMIT 1)`;
}

export async function whatIsHere(db: Database, lon: number, lat: number): Promise<HereAnswer> {
  const point = { lon, lat };
  const empty = {
    fibre: { status: 'none' as const, zone: null },
    coverage: {
      fibre: false,
      g4: false,
      mobile: false,
      distanceFibreM: null,
      distance4gM: null,
      distanceMobileM: null,
    },
    mobile: [],
  };
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
    coverage: SpotCoverage;
    mobile: HereAnswer['mobile'] | null;
    wifi: HereAnswer['nearest']['wifi'];
    po_box: HereAnswer['nearest']['poBox'];
    school: HereAnswer['nearest']['school'];
  }>(sql`
    WITH h AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g)
    SELECT
      (SELECT json_build_object('insee', c.insee, 'name', c.name, 'province', c.province)
       FROM communes c WHERE ST_Intersects(c.geom, h.g) LIMIT 1) AS commune,
      (SELECT json_build_object('id', z.id, 'name', z.name, 'status', z.status, 'plannedYear', z.planned_year,
                                'deployedOn', to_char(z.deployed_on, 'YYYY-MM-DD'))
       FROM fibre_zones z WHERE ST_Intersects(z.geom, h.g)
       ORDER BY z.status DESC, z.planned_year, z.id LIMIT 1) AS zone,
      -- The definitions of place_coverage (migration 0007), measured at this spot.
      (SELECT json_build_object('fibre', coalesce(d.fibre = 0, false), 'g4', coalesce(d.g4 = 0, false),
                                'mobile', coalesce(d.mobile = 0, false), 'distanceFibreM', d.fibre,
                                'distance4gM', d.g4, 'distanceMobileM', d.mobile)
       FROM (SELECT fibre_distance_m(h.g) AS fibre, coverage_distance_m(h.g, '4g') AS g4,
                    coverage_distance_m(h.g, NULL) AS mobile) d) AS coverage,
      (SELECT json_agg(json_build_object('technology', m.technology, 'level', m.level) ORDER BY m.technology)
       FROM (SELECT technology, min(level) AS level FROM coverage_parts
             WHERE ST_Intersects(geom, h.g) GROUP BY technology) m) AS mobile,
      ${nearestSql('wifi_terminals', 't.site_name', 'openingHours', 't.opening_hours', "t.status = 'active'")} AS wifi,
      ${nearestSql('po_box_blocks', 't.name', 'boxes', 't.boxes', "t.status = 'installed'")} AS po_box,
      ${nearestSql('schools', 't.name', 'connection', 't.connection', 'true')} AS school
    FROM h`);
  if (!row) throw new Error('here: no row');
  const where: Whereabouts = row.commune ? 'land' : 'sea';
  const zone = row.zone;
  return {
    point,
    where,
    message: where === 'sea' ? messages.sea : null,
    commune: row.commune,
    fibre: { status: zone?.status ?? 'none', zone },
    coverage: row.coverage,
    mobile: row.mobile ?? [],
    nearest: { wifi: row.wifi, poBox: row.po_box, school: row.school },
  };
}
