// How the public view draws on the map: numbered terminals (the numbers of the list), terminals
// under maintenance in grey with a cross, the place asked about, and the spot of "what is here".
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { NearbyTerminal } from './public-api.ts';
import type { PlaceKind } from './place.ts';

export const TERMINALS_SOURCE = 'public-terminals';
export const PLACES_SOURCE = 'public-places';

/** The same blue as the list's numbers; white on it is well past WCAG AA. */
const ACTIVE = '#0b4f8a';
const MAINTENANCE = '#4b5563';

export const terminalLayers: LayerSpecification[] = [
  {
    id: 'public-terminals-circle',
    type: 'circle',
    source: TERMINALS_SOURCE,
    layout: { 'circle-sort-key': ['-', ['get', 'order']] },
    paint: {
      'circle-radius': ['case', ['get', 'working'], 13, 10],
      'circle-color': ['case', ['get', 'working'], ACTIVE, MAINTENANCE],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'public-terminals-label',
    type: 'symbol',
    source: TERMINALS_SOURCE,
    layout: {
      'text-field': ['get', 'marker'],
      'text-font': ['sans-serif'],
      'text-size': 14,
      // Always drawn, and commune names give way to them (the box covers the circle).
      'text-allow-overlap': true,
      'text-padding': 10,
      'symbol-sort-key': ['-', ['get', 'order']],
    },
    paint: { 'text-color': '#ffffff' },
  },
];

const placeColor: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  'position',
  '#1a73e8',
  'spot',
  '#b91c1c',
  '#1f2933',
];

/** A dot with a wide halo: drawn under the terminals, the halo still shows when one stands on it. */
export const placeLayers: LayerSpecification[] = [
  {
    id: 'public-places-halo',
    type: 'circle',
    source: PLACES_SOURCE,
    paint: { 'circle-radius': 22, 'circle-color': placeColor, 'circle-opacity': 0.22 },
  },
  {
    id: 'public-places',
    type: 'circle',
    source: PLACES_SOURCE,
    paint: {
      'circle-radius': 7,
      'circle-color': placeColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  },
];

export type TerminalFeatures = FeatureCollection<
  Point,
  { id: number; name: string; marker: string; working: boolean; order: number }
>;

/** Working terminals numbered from 1 in list order; those under maintenance marked ×, drawn below. */
export function terminalFeatures(
  terminals: readonly NearbyTerminal[],
  unavailable: readonly NearbyTerminal[],
): TerminalFeatures {
  const feature = (terminal: NearbyTerminal, marker: string, working: boolean, order: number) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [terminal.lon, terminal.lat] },
    properties: { id: terminal.id, name: terminal.siteName, marker, working, order },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...terminals.map((terminal, index) => feature(terminal, String(index + 1), true, index + 1)),
      ...unavailable.map((terminal, index) => feature(terminal, '×', false, 100 + index)),
    ],
  };
}

export type MarkedPlaceKind = PlaceKind | 'spot';

export function placeFeatures(
  places: readonly { kind: MarkedPlaceKind; lon: number; lat: number }[],
): FeatureCollection<Point, { kind: MarkedPlaceKind }> {
  return {
    type: 'FeatureCollection',
    features: places.map(({ kind, lon, lat }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { kind },
    })),
  };
}
