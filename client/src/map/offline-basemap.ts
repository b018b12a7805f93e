// The basemap drawn from the project's own data, so the map works with no tile server:
// sea as the background, communes as land with their boundaries, commune names at their towns.
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CommuneSummary, LayerData } from '../api.ts';

export const LAND_SOURCE = 'basemap-communes';
export const LABEL_SOURCE = 'basemap-commune-labels';

/**
 * No `glyphs` on purpose: since maplibre-gl 5.11 a style without them draws text with the
 * browser's local fonts, so labels need nothing from outside the app.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Nouvelle-Calédonie — fond hors ligne',
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#a9d3e3' } }],
  };
}

export const landLayers: LayerSpecification[] = [
  { id: 'land', type: 'fill', source: LAND_SOURCE, paint: { 'fill-color': '#f4f1e8' } },
  {
    id: 'commune-boundaries',
    type: 'line',
    source: LAND_SOURCE,
    paint: {
      'line-color': '#8a7f6d',
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 1.5],
      'line-dasharray': [3, 2],
    },
  },
];

export const communeLabelLayers: LayerSpecification[] = [
  {
    id: 'commune-labels',
    type: 'symbol',
    source: LABEL_SOURCE,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['sans-serif'],
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 15],
      'text-max-width': 8,
      'text-padding': 4,
      // Where names collide, the most populous commune keeps its name (Nouméa over its neighbours).
      'symbol-sort-key': ['-', ['get', 'population']],
    },
    paint: {
      'text-color': '#1f2933',
      'text-halo-color': 'rgba(255, 255, 255, 0.92)',
      'text-halo-width': 1.5,
    },
  },
];

/** One point per commune, at its main town, carrying the name to draw. */
export function communeLabelPoints(communes: readonly CommuneSummary[]): LayerData {
  return {
    type: 'FeatureCollection',
    features: communes.map((commune) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: commune.town },
      properties: { insee: commune.insee, name: commune.name, population: commune.population2019 },
    })),
  };
}
