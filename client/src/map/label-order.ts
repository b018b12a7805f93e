// Place names stay above the data (issue #9, item 6), whatever order layers are added in: data
// layers go in just under the first label layer of the basemap, the offline one or a configured one.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_SOURCE } from './offline-basemap.ts';

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

/** The id of the lowest basemap label layer, to add data layers before; undefined when none yet. */
export function firstLabelLayerId(map: MapLibreMap): string | undefined {
  const sourceType = (id: string) => map.getSource(id)?.type;
  return map.getStyle().layers.find((layer) => isBasemapLabel(layer, sourceType))?.id;
}
