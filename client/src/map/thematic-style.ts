// How a catalogue layer is drawn: its colour follows legend.property through a `match`
// expression on the legend items, so the map and the legend in the panel cannot disagree.
// At the territory's zoom (about 7) a planner must still read it (issue #9, item 6): busy point
// layers gather into clusters in the layer's own colour, small areas get a marker, other points
// grow with the zoom.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGeometry, LayerInfo } from '../api.ts';
import { bandMetadata } from './label-order.ts';
import { clusterProperty, featureProperty } from './style-properties.ts';

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

export interface ClusterOptions {
  /** Points closer than this on screen gather into one cluster. */
  radius: number;
  /** The last zoom with clusters; from the next one on every point is drawn. */
  maxZoom: number;
}

/** A point layer's look besides its legend colours. */
export interface PointPresentation {
  /** The layer's own colour: its clusters and the cluster swatch of its legend. Dark, for white counts. */
  color: string;
  /** null: never clustered, its points grow with the zoom instead. */
  cluster: ClusterOptions | null;
  /** Where its clusters sit from their centre, in pixels: a town's clusters side by side, not stacked. */
  offset: [x: number, y: number];
}

/** Clusters break apart at zoom 10, a town and its tribus on screen. */
const TERRITORY_CLUSTERS: ClusterOptions = { radius: 48, maxZoom: 9 };

/**
 * Sites, PO boxes and Wi-Fi terminals are counted ("how many around here"), so they cluster;
 * each school's connection and each settlement's place are the message, so those stay points.
 * The cluster colours are far apart in hue and lightness (blue, amber, purple), none of them
 * a legend colour of another point layer.
 */
export const pointPresentation: Readonly<Record<string, PointPresentation>> = {
  'wifi-terminals': { color: '#005a9c', cluster: TERRITORY_CLUSTERS, offset: [-10, 0] },
  'po-boxes': { color: '#8a5300', cluster: TERRITORY_CLUSTERS, offset: [10, 0] },
  'mobile-sites': { color: '#54278f', cluster: TERRITORY_CLUSTERS, offset: [0, -16] },
};

export function clusterOptions(info: Pick<LayerInfo, 'id' | 'geometryType'>): ClusterOptions | null {
  if (info.geometryType !== 'Point') return null;
  return pointPresentation[info.id]?.cluster ?? null;
}

/** Areas too small to see at the territory's zoom get a marker at their centre below this zoom. */
const markedAreas: Partial<Record<string, number>> = { 'fibre-zones': 9.5 };

/** Coverage drawn by level: good coverage reads stronger than fair coverage around it. */
export const coverageLevelOpacity: Readonly<Record<string, number>> = { good: 0.4, fair: 0.14 };

/** Translucent enough that the land, and polygons from other layers, show through. */
const fillOpacity: Partial<Record<string, number | ExpressionSpecification>> = {
  // Provinces tint the land: strong enough to tell them apart, pale enough to read data over.
  communes: 0.35,
  // Small zones must show at the territory's zoom; closer, the land under them shows through.
  'fibre-zones': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 0.5],
  'mobile-coverage': [
    'match',
    ['get', featureProperty.coverageLevel],
    'good',
    coverageLevelOpacity.good ?? 0.4,
    coverageLevelOpacity.fair ?? 0.14,
  ],
};
/** Coverage rings overlap by design (one per technology and level): outlines would only add noise. */
const outlineOpacity: Partial<Record<string, number>> = { 'mobile-coverage': 0 };
/** Outline widths by zoom: fibre zones get a wide one, so that even a small zone reads. */
const outlineWidth: Partial<Record<string, ExpressionSpecification>> = {
  'fibre-zones': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 1.5, 13, 3],
  communes: ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 1],
};
/** Province tints need a neutral border between communes, not one in their own light colour. */
const outlineColor: Partial<Record<string, string>> = { communes: '#8a7f6d' };
const defaultOutlineWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 6, 0.75, 12, 2];

const notCluster: ExpressionSpecification = ['!', ['has', clusterProperty.count]];
const isCluster: ExpressionSpecification = ['has', clusterProperty.count];

/** The circles and counts of a clustered point layer; count text in the browser's own sans-serif. */
function clusterLayers(info: LayerInfo, { color, offset }: PointPresentation): LayerSpecification[] {
  return [
    {
      id: `${info.id}-cluster`,
      type: 'circle',
      source: info.id,
      filter: isCluster,
      // Over every single point, of any layer: a summary hides what it sums up.
      metadata: bandMetadata('clusters'),
      paint: {
        'circle-color': color,
        'circle-opacity': 0.9,
        'circle-radius': ['step', ['get', clusterProperty.count], 9, 5, 11, 15, 14, 40, 17],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-translate': offset,
      },
    },
    {
      id: `${info.id}-cluster-count`,
      type: 'symbol',
      source: info.id,
      filter: isCluster,
      // Over every cluster, so that no count is hidden by another layer's cluster.
      metadata: bandMetadata('counts'),
      layout: {
        'text-field': ['get', clusterProperty.countText],
        'text-font': ['sans-serif'],
        'text-size': 12,
        // Counts never hide a place name, nor are hidden by one: the names are placed first.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': offset },
    },
  ];
}

/** The style layers drawing one catalogue layer, bottom first; their source is the layer's id. */
export function thematicStyleLayers(info: LayerInfo): LayerSpecification[] {
  const color = legendColor(info);
  const source = info.id;
  switch (info.geometryType) {
    case 'MultiPolygon': {
      const areas: LayerSpecification[] = [
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
            'line-color': outlineColor[info.id] ?? color,
            'line-width': outlineWidth[info.id] ?? defaultOutlineWidth,
            'line-opacity': outlineOpacity[info.id] ?? 0.9,
          },
        },
      ];
      const markerMaxZoom = markedAreas[info.id];
      if (markerMaxZoom === undefined) return areas;
      return [
        ...areas,
        {
          // A mark at each area's pole of inaccessibility (MapLibre places point symbols of
          // polygons there), drawn with a glyph of the local font: no sprite to serve.
          id: `${info.id}-marker`,
          type: 'symbol',
          source,
          maxzoom: markerMaxZoom,
          layout: {
            // A diamond, a shape no point layer has, so zones do not read as schools.
            'text-field': '◆',
            'text-font': ['sans-serif'],
            'text-size': ['interpolate', ['linear'], ['zoom'], 6, 15, 9, 20],
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': color, 'text-halo-color': '#1f2933', 'text-halo-width': 1 },
        },
      ];
    }
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
    case 'Point': {
      const presentation = pointPresentation[info.id];
      const clustered = presentation?.cluster ? clusterLayers(info, presentation) : [];
      return [
        ...clustered,
        {
          id: `${info.id}-circle`,
          type: 'circle',
          source,
          filter: notCluster,
          paint: {
            'circle-color': color,
            // Small at the territory's zoom, where hundreds share the screen; easy to hit closer in.
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 9, 4, 13, 8],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 10, 1.5],
          },
        },
      ];
    }
  }
}
