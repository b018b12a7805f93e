// The spatial literal of S_INTERSECTS as PostGIS SQL in EPSG:4326, the CRS of every geometry
// column: a BBOX becomes ST_MakeEnvelope (split in two when it crosses the antimeridian, OGC
// 21-065 clause 7.5.1), a geometry its canonical WKT as a parameter of ST_GeomFromText. Literals
// in another filter-crs are transformed to 4326.
import { sql, type SQL } from 'drizzle-orm';
import type { SpatialLiteral } from './ast.ts';
import { Cql2Error } from './errors.ts';
import { geometryToWkt } from './geometry.ts';

const STORAGE_SRID = 4326;
/** The storage SRID as SQL text: a constant of ours, not a parameter. */
const STORAGE_SRID_SQL = sql.raw(String(STORAGE_SRID));

const envelope = (minx: number, miny: number, maxx: number, maxy: number, srid: SQL) =>
  sql`ST_MakeEnvelope(${minx}::double precision, ${miny}::double precision, ${maxx}::double precision, ${maxy}::double precision, ${srid})`;

/** `ST_Intersects(column, literal)`, with the literal read in `srid` (the filter-crs). */
export function intersectsSql(column: SQL, literal: SpatialLiteral, srid: number): SQL {
  if (!Number.isInteger(srid) || srid <= 0)
    throw new Cql2Error(`CQL2: the filter-crs SRID must be a positive integer, got ${srid}`);
  const inStorage = srid === STORAGE_SRID;
  const sridSql = inStorage ? STORAGE_SRID_SQL : sql`${srid}::integer`;
  const toStorage = (geometry: SQL) =>
    inStorage ? geometry : sql`ST_Transform(${geometry}, ${STORAGE_SRID_SQL})`;
  if (literal.kind === 'geometry') {
    const wkt = geometryToWkt(literal.geometry);
    return sql`ST_Intersects(${column}, ${toStorage(sql`ST_GeomFromText(${wkt}::text, ${sridSql})`)})`;
  }
  const [minx, miny, maxx, maxy] = literal.bbox;
  if (minx <= maxx)
    return sql`ST_Intersects(${column}, ${toStorage(envelope(minx, miny, maxx, maxy, sridSql))})`;
  if (!inStorage)
    throw new Cql2Error(
      `CQL2: BBOX minx (${minx}) is greater than maxx (${maxx}), which only lon/lat boxes may be`,
    );
  // West of east: the box crosses the antimeridian, so it is the union of two boxes.
  const east = envelope(minx, miny, 180, maxy, sridSql);
  const west = envelope(-180, miny, maxx, maxy, sridSql);
  return sql`(ST_Intersects(${column}, ${east}) OR ST_Intersects(${column}, ${west}))`;
}
