import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as schema from '../../../db/schema.ts';
import { layers as catalogue, type LayerDef } from '../../../server/layers/catalogue.ts';
import type { LayerInfo } from '../api.ts';
import { extraLegends } from '../legend-filters.ts';
import { offlineStyle } from './offline-basemap.ts';
import {
  clusterOptions,
  coverageLevelOpacity,
  pointPresentation,
  thematicStyleLayers,
} from './thematic-style.ts';

/** The catalogue as GET /api/layers describes it, enough for the style functions. */
function infoOf(layer: LayerDef): LayerInfo {
  return {
    ...layer,
    featureCount: 0,
    extent: null,
    attributes: layer.attributes.map(({ sql: _sql, ...attribute }) => attribute),
    filters: Object.fromEntries(
      Object.entries(layer.filters).map(([param, name]) => [
        param,
        layer.attributes.find((a) => a.name === name)?.values?.map((v) => v.value) ?? [],
      ]),
    ),
  } as LayerInfo;
}
const info = (id: string) => {
  const layer = catalogue.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return infoOf(layer);
};

/** CIE76 distance between two #rrggbb colours, in Lab: above ~20 they read as different colours. */
function labDistance(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(...p.map((v, i) => v - (q[i] ?? 0)));
}

const colors = (id: string) => info(id).legend.items.map((item) => item.color);
const PLANNED_GREY = '#a0a0a0';

describe('the territory map style', () => {
  it('gives every mobile coverage level a legend entry and a shade', () => {
    const [levels] = extraLegends(info('mobile-coverage'));
    assert.deepEqual(
      levels?.items.map((item) => item.value),
      [...schema.coverageLevel.enumValues],
    );
    for (const level of schema.coverageLevel.enumValues) {
      assert.ok(coverageLevelOpacity[level] !== undefined, `no shade for coverage level ${level}`);
    }
  });

  it('draws the three provinces in clearly distinct colours, none like the sea', () => {
    const provinces = colors('communes');
    assert.equal(provinces.length, schema.provinceCode.enumValues.length);
    const sea = (offlineStyle().layers[0]?.paint as { 'background-color': string })['background-color'];
    for (const [i, a] of provinces.entries()) {
      assert.ok(labDistance(a, sea) > 20, `province colour ${a} too close to the sea ${sea}`);
      for (const b of provinces.slice(i + 1)) {
        assert.ok(labDistance(a, b) > 25, `province colours ${a} and ${b} too close`);
      }
    }
  });

  it('gives each point layer colours of its own (planned grey aside)', () => {
    const points = catalogue.filter((l) => l.geometryType === 'Point' && l.id !== 'settlements');
    const owners = new Map<string, string>();
    for (const layer of points) {
      const own = [...colors(layer.id), pointPresentation[layer.id]?.color].filter(
        (c): c is string => c !== undefined && c !== PLANNED_GREY,
      );
      for (const color of own) {
        for (const [other, owner] of owners) {
          if (owner === layer.id) continue;
          assert.ok(labDistance(color, other) > 12, `${layer.id} ${color} looks like ${owner} ${other}`);
        }
        owners.set(color, layer.id);
      }
    }
  });

  it('clusters the counted point layers, whose single points exclude clusters', () => {
    for (const id of ['wifi-terminals', 'po-boxes', 'mobile-sites']) {
      assert.ok(clusterOptions(info(id)), `${id} is not clustered`);
      const ids = thematicStyleLayers(info(id)).map((layer) => layer.id);
      assert.deepEqual(ids, [`${id}-cluster`, `${id}-cluster-count`, `${id}-circle`]);
    }
    assert.equal(clusterOptions(info('schools')), null);
    assert.equal(clusterOptions(info('fibre-zones')), null);
  });

  it('grows single points with the zoom', () => {
    const [circle] = thematicStyleLayers(info('schools'));
    assert.equal(circle?.type, 'circle');
    const radius = circle?.type === 'circle' ? circle.paint?.['circle-radius'] : undefined;
    assert.ok(Array.isArray(radius) && radius[0] === 'interpolate', JSON.stringify(radius));
  });

  it('marks fibre zones at the territory zoom, as a symbol that gives way closer in', () => {
    const marker = thematicStyleLayers(info('fibre-zones')).find((layer) => layer.type === 'symbol');
    assert.ok(marker, 'no marker layer for fibre zones');
    assert.ok((marker.maxzoom ?? 24) > 7 && (marker.maxzoom ?? 24) < 12, `maxzoom ${marker.maxzoom}`);
  });
});
