// How a catalogue layer is drawn: its colour follows legend.property through a `match`
// expression on the legend items, so the map and the legend in the panel cannot disagree.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGeometry, LayerInfo } from '../api.ts';

/** For values the legend does not list. */
export const fallbackColor = '#6b7280';

export function legendColor(info: Pick<LayerInfo, 'legend'>): ExpressionSpecification | string {
  const { property, items } = info.legend;
  const [first, ...rest] = items;
  if (!first) return fallbackColor;
  const pairs = rest.flatMap((item) => [item.value, item.color]);
  return ['match', ['to-string', ['get', property]], first.value, first.color, ...pairs, fallbackColor];
}

/** Polygons under lines under points, whatever order the catalogue lists them in. */
export const drawingOrder: Record<LayerGeometry, number> = { MultiPolygon: 0, LineString: 1, Point: 2 };

/** Translucent enough that the land, and polygons from other layers, show through. */
const fillOpacity: Partial<Record<string, number | ExpressionSpecification>> = {
  communes: 0.18,
  // Good coverage reads stronger than fair coverage around it.
  'mobile-coverage': ['match', ['get', 'level'], 'good', 0.3, 0.12],
};
/** Coverage rings overlap by design (one per technology and level): outlines would only add noise. */
const outlineOpacity: Partial<Record<string, number>> = { 'mobile-coverage': 0 };

/** The style layers drawing one catalogue layer, bottom first; their source is the layer's id. */
export function thematicStyleLayers(info: LayerInfo): LayerSpecification[] {
  const color = legendColor(info);
  const source = info.id;
  switch (info.geometryType) {
    case 'MultiPolygon':
      return [
        {
          id: `${info.id}-fill`,
          type: 'fill',
          source,
          paint: { 'fill-color': color, 'fill-opacity': fillOpacity[info.id] ?? 0.35 },
        },
        {
          id: `${info.id}-outline`,
          type: 'line',
          source,
          paint: {
            'line-color': color,
            'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 12, 2],
            'line-opacity': outlineOpacity[info.id] ?? 0.9,
          },
        },
      ];
    case 'LineString':
      return [
        {
          id: `${info.id}-line`,
          type: 'line',
          source,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': color,
            'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 4],
          },
        },
      ];
    case 'Point':
      return [
        {
          id: `${info.id}-circle`,
          type: 'circle',
          source,
          paint: {
            'circle-color': color,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 4, 12, 8],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1.5,
          },
        },
      ];
  }
}
