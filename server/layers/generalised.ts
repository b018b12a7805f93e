// Zoomed-out geometries without simplifying on every request (issue 12): the line and area layers
// keep, per zoom band, their geometries simplified to about a pixel of the band's zoom
// (generalised_geometries, migration 0014), rebuilt by refresh_generalised() when behind the
// table's data version. A request at zoom z reads the band at or just above z (at most half a
// pixel coarser than a per-request simplification at z would be), and the raw geometry from
// GENERALISED_UP_TO + 1 on.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import type { LayerDef } from './catalogue.ts';

/** The zoom bands kept; each holds geometries simplified to a pixel at that zoom. */
export const ZOOM_BANDS = [5, 7, 9, 11, 13] as const;
export const GENERALISED_UP_TO = ZOOM_BANDS[ZOOM_BANDS.length - 1];

/** Degrees per screen pixel at a zoom level (MapLibre's 512-pixel tiles). */
export function degreesPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

/** Layers whose geometries have vertices to spare: lines and areas with an integer id. */
export const isGeneralised = (layer: LayerDef) =>
  layer.geometryType !== 'Point' && layer.table !== 'communes';

/** The band a request at `zoom` reads, or undefined for the raw geometry. */
export function bandFor(zoom: number | undefined): number | undefined {
  if (zoom === undefined) return undefined;
  return ZOOM_BANDS.find((band) => band >= Math.floor(zoom));
}

/** Brings the layer's band up to date with its data (at once when it is: two index lookups). */
export async function refreshBand(
  db: Database,
  layer: LayerDef,
  band: number,
  executor?: Executor,
): Promise<void> {
  const tolerance = degreesPerPixel(band);
  await db.rows(
    sql`SELECT refresh_generalised(${layer.table}, ${band}::smallint, ${tolerance}::double precision)`,
    executor,
  );
}

/** The join of a band's geometries to the layer's table `t`, as `g`. */
export const bandJoin = (layer: LayerDef, band: number): SQL =>
  sql`JOIN generalised_geometries g ON g.table_name = ${layer.table} AND g.zoom = ${band} AND g.id = t.id`;
