// Which layers come as tiles, their URLs, and the legend as a filter on tile properties, checked
// with the style specification's own expression evaluator.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { LayerInfo } from '../api.ts';
import { legendTileFilter, tileUrl, TILED_FEATURE_COUNT, usesVectorTiles } from './vector-tiles.ts';

const coverage = {
  id: 'mobile-coverage',
  featureCount: 202,
  legend: { property: 'technology', items: [] },
  filters: { technology: ['2g', '3g', '4g', '5g'], level: ['good', 'fair'] },
} as unknown as LayerInfo;

test('mobile coverage is always tiled, other layers past the threshold only', () => {
  assert.equal(usesVectorTiles(coverage), true);
  assert.equal(usesVectorTiles({ id: 'schools', featureCount: 298 }), false);
  assert.equal(usesVectorTiles({ id: 'schools', featureCount: TILED_FEATURE_COUNT }), false);
  assert.equal(usesVectorTiles({ id: 'schools', featureCount: TILED_FEATURE_COUNT + 1 }), true);
});

test('tile URLs are absolute, with the revision as a cache buster after an edit', () => {
  assert.equal(tileUrl('http://x.nc', 'schools', 0), 'http://x.nc/tiles/schools/{z}/{x}/{y}.mvt');
  assert.equal(tileUrl('http://x.nc', 'schools', 2), 'http://x.nc/tiles/schools/{z}/{x}/{y}.mvt?v=r2');
});

test('the legend selection filters tile features by their property', () => {
  const filter = legendTileFilter(coverage, ['4g', '5g']);
  assert.ok(filter);
  const keep = featureFilter(filter, 'layers[0].filter');
  const feature = (technology: string) => ({ type: 1 as const, properties: { technology } });
  assert.equal(keep.filter({ zoom: 10 }, feature('4g')), true);
  assert.equal(keep.filter({ zoom: 10 }, feature('2g')), false);
  const none = featureFilter(legendTileFilter(coverage, []) ?? undefined, 'layers[0].filter');
  assert.equal(none.filter({ zoom: 10 }, feature('4g')), false);
  assert.equal(legendTileFilter(coverage, null), null);
});
