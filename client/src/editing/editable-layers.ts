// Which catalogue layers a planner may edit, for the map's main bundle: the list of
// server/edits/layer-payloads.ts without its zod schemas (those load with the edit panel).
// editable-layers.test.ts holds the two lists equal.
import type { LayerInfo } from '../api.ts';

export const EDITABLE_LAYER_IDS: ReadonlySet<string> = new Set([
  'fibre-zones',
  'fibre-cables',
  'mobile-coverage',
  'mobile-sites',
  'po-boxes',
  'wifi-terminals',
  'schools',
]);

export type LayerGeometryKind = 'point' | 'line' | 'area';

/** What is drawn for a feature of the layer: the catalogue says Point, LineString or MultiPolygon. */
export function geometryKindOf(info: Pick<LayerInfo, 'geometryType'>): LayerGeometryKind {
  if (info.geometryType === 'Point') return 'point';
  return info.geometryType === 'LineString' ? 'line' : 'area';
}
