import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { isBasemapLabel } from './label-order.ts';
import { communeLabelLayers } from './offline-basemap.ts';

const sourceTypes: Record<string, string> = {
  'basemap-commune-labels': 'geojson',
  'wifi-terminals': 'geojson',
  openmaptiles: 'vector',
};
const sourceType = (id: string) => sourceTypes[id];

describe('place names above the data', () => {
  it('take the offline commune names for labels', () => {
    for (const layer of communeLabelLayers) assert.equal(isBasemapLabel(layer, sourceType), true);
  });
  it('take symbol layers of a configured (vector) basemap for labels', () => {
    const place: LayerSpecification = {
      id: 'place',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
    };
    assert.equal(isBasemapLabel(place, sourceType), true);
  });
  it('leave the data, cluster counts included, and non-symbol basemap layers below', () => {
    const count: LayerSpecification = {
      id: 'wifi-terminals-cluster-count',
      type: 'symbol',
      source: 'wifi-terminals',
    };
    const water: LayerSpecification = {
      id: 'water',
      type: 'fill',
      source: 'openmaptiles',
      'source-layer': 'water',
    };
    assert.equal(isBasemapLabel(count, sourceType), false);
    assert.equal(isBasemapLabel(water, sourceType), false);
  });
});
