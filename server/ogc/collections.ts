// The collections (/ogc/collections): one per layer of the catalogue, titled in French with the
// English as description, with the extent PostGIS computes (spatial in CRS84; temporal from the
// layer's date attribute) and the CRS list of Part 2.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { layers, type LayerDef } from '../layers/catalogue.ts';
import { CRS84, EPSG_4326, SUPPORTED_CRS_URIS } from './crs.ts';
import { temporalQueryable } from './queryables.ts';

export interface Extent {
  bbox: [number, number, number, number] | null;
  interval: [string | null, string | null] | null;
}

/** Every layer's extent in one round trip, rounded outwards to 1e-6°. */
export async function layerExtents(db: Database): Promise<Map<string, Extent>> {
  const union = sql.join(
    layers.map((layer) => {
      const temporal = temporalQueryable(layer);
      const day = (fn: string) =>
        temporal
          ? sql`to_char(${sql.raw(fn)}(${sql.identifier(temporal.column)}), 'YYYY-MM-DD')`
          : sql`NULL::text`;
      return sql`SELECT ${layer.id}::text AS id, ST_Extent(geom) AS box, ${day('min')} AS first, ${day('max')} AS last
                 FROM ${sql.identifier(layer.table)}`;
    }),
    sql` UNION ALL `,
  );
  const rows = await db.rows<{
    id: string;
    xmin: number | null;
    ymin: number;
    xmax: number;
    ymax: number;
    first: string | null;
    last: string | null;
  }>(sql`
    SELECT id, floor(ST_XMin(box) * 1e6) / 1e6 AS xmin, floor(ST_YMin(box) * 1e6) / 1e6 AS ymin,
           ceil(ST_XMax(box) * 1e6) / 1e6 AS xmax, ceil(ST_YMax(box) * 1e6) / 1e6 AS ymax, first, last
    FROM (${union}) s`);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        bbox: r.xmin === null ? null : [Number(r.xmin), Number(r.ymin), Number(r.xmax), Number(r.ymax)],
        interval:
          r.first === null && r.last === null
            ? null
            : [r.first && `${r.first}T00:00:00Z`, r.last && `${r.last}T23:59:59Z`],
      },
    ]),
  );
}

export function describeCollection(layer: LayerDef, extent: Extent | undefined, base: string) {
  const self = `${base}/collections/${layer.id}`;
  const temporal = temporalQueryable(layer) && extent?.interval;
  return {
    id: layer.id,
    title: layer.title.fr,
    description: layer.title.en,
    itemType: 'feature',
    extent: {
      spatial: { bbox: [extent?.bbox ?? [-180, -90, 180, 90]], crs: CRS84 },
      ...(temporal
        ? {
            temporal: {
              interval: [extent.interval],
              trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
            },
          }
        : {}),
    },
    crs: SUPPORTED_CRS_URIS,
    storageCrs: EPSG_4326,
    links: [
      { href: self, rel: 'self', type: 'application/json', title: 'This collection' },
      { href: `${self}?f=html`, rel: 'alternate', type: 'text/html', title: 'This collection as HTML' },
      { href: `${self}/items`, rel: 'items', type: 'application/geo+json', title: 'Features' },
      { href: `${self}/items?f=html`, rel: 'items', type: 'text/html', title: 'Features as HTML' },
      {
        href: `${self}/queryables`,
        rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
        type: 'application/schema+json',
        title: 'Queryables',
      },
    ],
  };
}
