// What is drawn over what (issue #9, item 6), whatever order layers are added in: data, then
// clusters, then their counts, then the basemap's place names on top. A layer is added just under
// the first layer of a higher band, in the offline basemap as in a configured one (whose labels
// are the symbol layers its style had when it loaded).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_SOURCE } from './offline-basemap.ts';

/** Bottom to top. A style layer says its band in `metadata.band`; data layers need not. */
export const bands = ['data', 'clusters', 'counts', 'labels'] as const;
export type Band = (typeof bands)[number];

export const bandMetadata = (band: Band) => ({ band });

/** The layers a map's style had when it loaded, before the app added any: the basemap's. */
const basemapLayers = new WeakMap<MapLibreMap, ReadonlySet<string>>();

/** Call once the style has loaded, before adding layers: its symbol layers are then labels. */
export function rememberBasemap(map: MapLibreMap): void {
  basemapLayers.set(map, new Set(map.getStyle().layers.map((layer) => layer.id)));
}

/** Whether a layer id belongs to the basemap style as loaded. */
export type BasemapMembership = (layerId: string) => boolean;

/** A basemap label: a symbol layer of the style as loaded, or of the offline labels' source. */
export function isBasemapLabel(layer: LayerSpecification, inBasemap: BasemapMembership): boolean {
  if (layer.type !== 'symbol') return false;
  return layer.source === LABEL_SOURCE || inBasemap(layer.id);
}

export function bandOf(layer: LayerSpecification, inBasemap: BasemapMembership): number {
  if (isBasemapLabel(layer, inBasemap)) return bands.indexOf('labels');
  const band = (layer.metadata as { band?: unknown } | undefined)?.band;
  const index = bands.indexOf(band as Band);
  return index < 0 ? 0 : index;
}

/** The id of the layer to add `layer` before: the lowest of a higher band; undefined for the top. */
export function insertionPoint(
  style: readonly LayerSpecification[],
  layer: LayerSpecification,
  inBasemap: BasemapMembership,
): string | undefined {
  const own = bandOf(layer, inBasemap);
  return style.find((other) => bandOf(other, inBasemap) > own)?.id;
}

export function addLayerInBand(map: MapLibreMap, layer: LayerSpecification): void {
  const basemap = basemapLayers.get(map);
  const inBasemap = (id: string) => basemap?.has(id) ?? false;
  map.addLayer(layer, insertionPoint(map.getStyle().layers, layer, inBasemap));
}
