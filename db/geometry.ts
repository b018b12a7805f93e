// PostGIS geometry columns for drizzle: typed with GeoJSON on the way in,
// written through ST_GeomFromGeoJSON so PostGIS checks type and SRID (EPSG:4326).
import type { Geometry } from 'geojson';
import { customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** 'Geometry' accepts any type; a check constraint then narrows it where needed. */
export type GeometryKind = 'Point' | 'LineString' | 'MultiPolygon' | 'Geometry';

/** Bounding box of New Caledonia's land, islands included (WGS84). */
export const NC_EXTENT = { minLon: 163.0, minLat: -23.0, maxLon: 169.0, maxLat: -19.0 } as const;

export const geometry = (kind: GeometryKind) =>
  customType<{ data: Geometry; driverData: string }>({
    dataType: () => `geometry(${kind},4326)`,
    toDriver: (value) => sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(value)}), 4326)`,
  });
