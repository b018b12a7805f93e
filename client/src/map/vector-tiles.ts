// Which catalogue layers the map draws from the server's vector tiles (/tiles) rather than one
// GeoJSON download per view: mobile coverage always (large overlapping polygons), and any layer
// past TILED_FEATURE_COUNT features. The legend's values, which a GeoJSON layer sends to the API,
// become a MapLibre filter on the tiles' properties, which carry the same attributes.
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerInfo } from '../api.ts';
import { legendFilterParam } from '../legend-filters.ts';

/** Past this many features a layer comes as vector tiles. */
export const TILED_FEATURE_COUNT = 20_000;
/** Layers drawn from tiles whatever their size. */
export const ALWAYS_TILED: ReadonlySet<string> = new Set(['mobile-coverage']);
/** The deepest tiles asked for; MapLibre draws those over the deeper zooms (about 0.6 m a unit). */
export const TILE_SOURCE_MAX_ZOOM = 14;

export function usesVectorTiles(info: Pick<LayerInfo, 'id' | 'featureCount'>): boolean {
  return ALWAYS_TILED.has(info.id) || info.featureCount > TILED_FEATURE_COUNT;
}

/**
 * The layer's tile URL, absolute (MapLibre fetches tiles from a worker). `revision` (bumped after
 * an edit) goes in the query: new URLs, so the browser's cached tiles are not used.
 */
export function tileUrl(origin: string, layerId: string, revision: number): string {
  const base = `${origin}/tiles/${encodeURIComponent(layerId)}/{z}/{x}/{y}.mvt`;
  return revision > 0 ? `${base}?v=r${revision}` : base;
}

/** Matches no feature: an empty legend selection draws nothing. */
const NONE: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** The legend's selection as a filter on tile properties; null when every value is shown. */
export function legendTileFilter(
  info: Pick<LayerInfo, 'legend' | 'filters'>,
  selected: readonly string[] | null,
): ExpressionSpecification | null {
  const property = legendFilterParam(info);
  if (!property || selected === null) return null;
  if (selected.length === 0) return NONE;
  return ['in', ['to-string', ['get', property]], ['literal', [...selected]]];
}

/** Both filters, either, or none. */
export function allOf(
  a: FilterSpecification | null | undefined,
  b: FilterSpecification | null | undefined,
): FilterSpecification | null {
  if (a && b) return ['all', a, b] as FilterSpecification;
  return a ?? b ?? null;
}
