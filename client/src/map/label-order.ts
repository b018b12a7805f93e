// What is drawn over what (issue #9, item 6), whatever order layers are added in: data, then
// clusters, then their counts, then the basemap's place names on top. A layer is added just under
// the first layer of a higher band, in the offline basemap as in a configured one.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_SOURCE } from './offline-basemap.ts';

/** Bottom to top. A style layer says its band in `metadata.band`; data layers need not. */
export const bands = ['data', 'clusters', 'counts', 'labels'] as const;
export type Band = (typeof bands)[number];

export const bandMetadata = (band: Band) => ({ band });

/**
 * A basemap label is a symbol layer drawn from the offline labels' source, or from any source
 * that is not GeoJSON (a configured basemap's vector tiles): the app's own data are all GeoJSON.
 */
export function isBasemapLabel(
  layer: LayerSpecification,
  sourceType: (sourceId: string) => string | undefined,
): boolean {
  if (layer.type !== 'symbol') return false;
  return layer.source === LABEL_SOURCE || sourceType(layer.source) !== 'geojson';
}

export function bandOf(
  layer: LayerSpecification,
  sourceType: (sourceId: string) => string | undefined,
): number {
  if (isBasemapLabel(layer, sourceType)) return bands.indexOf('labels');
  const band = (layer.metadata as { band?: unknown } | undefined)?.band;
  const index = bands.indexOf(band as Band);
  return index < 0 ? 0 : index;
}

/** The id of the layer to add `layer` before: the lowest of a higher band; undefined for the top. */
export function insertionPoint(
  style: readonly LayerSpecification[],
  layer: LayerSpecification,
  sourceType: (sourceId: string) => string | undefined,
): string | undefined {
  const own = bandOf(layer, sourceType);
  return style.find((other) => bandOf(other, sourceType) > own)?.id;
}

export function addLayerInBand(map: MapLibreMap, layer: LayerSpecification): void {
  const sourceType = (id: string) => map.getSource(id)?.type;
  map.addLayer(layer, insertionPoint(map.getStyle().layers, layer, sourceType));
}
