import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { insertionPoint, isBasemapLabel } from './label-order.ts';
import { communeLabelLayers } from './offline-basemap.ts';
import { thematicStyleLayers } from './thematic-style.ts';
import type { LayerInfo } from '../api.ts';

/** A configured basemap whose style brought these layers. */
const styleLayers = new Set(['place', 'water']);
const inBasemap = (id: string) => styleLayers.has(id);

const wifi = {
  id: 'wifi-terminals',
  geometryType: 'Point',
  legend: { property: 'status', items: [{ value: 'active', label: { fr: '', en: '' }, color: '#0072b2' }] },
} as unknown as LayerInfo;
const [cluster, count, single] = thematicStyleLayers(wifi) as [
  LayerSpecification,
  LayerSpecification,
  LayerSpecification,
];
const labels = communeLabelLayers[0] as LayerSpecification;
const land: LayerSpecification = { id: 'land', type: 'fill', source: 'basemap-communes' };

describe('place names above the data', () => {
  it('take the offline commune names for labels', () => {
    for (const layer of communeLabelLayers) assert.equal(isBasemapLabel(layer, inBasemap), true);
  });
  it('take symbol layers of the configured basemap style for labels', () => {
    const place: LayerSpecification = {
      id: 'place',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
    };
    assert.equal(isBasemapLabel(place, inBasemap), true);
  });
  it('leave the data, cluster counts included, and non-symbol basemap layers below', () => {
    const water: LayerSpecification = {
      id: 'water',
      type: 'fill',
      source: 'openmaptiles',
      'source-layer': 'water',
    };
    assert.equal(isBasemapLabel(count, inBasemap), false);
    assert.equal(isBasemapLabel(water, inBasemap), false);
  });
  it('add data under the names, wherever the names already are', () => {
    assert.equal(insertionPoint([land, labels], single, inBasemap), labels.id);
    assert.equal(insertionPoint([land], single, inBasemap), undefined);
  });
  it('add single points under clusters, clusters under counts, counts under names', () => {
    const style = [land, cluster, count, labels];
    assert.equal(insertionPoint(style, single, inBasemap), cluster.id);
    assert.equal(insertionPoint(style, cluster, inBasemap), count.id);
    assert.equal(insertionPoint(style, count, inBasemap), labels.id);
  });
});
