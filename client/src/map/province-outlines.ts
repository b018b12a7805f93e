// Province outlines (issue #9, item 6) dissolved in the browser from the communes the map already
// asks for: the union of each province's communes, holes dropped (a province has none; the only
// ones are slivers where two communes' simplified borders do not quite meet).
import { featureCollection, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerData } from '../api.ts';
import { featureProperty } from './style-properties.ts';

function outerRings(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => (rings[0] ? [[rings[0]]] : []));
}

/** One MultiPolygon feature per province, `properties.province` its code. */
export function provinceOutlines(
  communes: LayerData,
  property: string = featureProperty.province,
): LayerData {
  const byProvince = new Map<string, Feature<Polygon>[]>();
  for (const feature of communes.features) {
    const code = feature.properties?.[property];
    const { geometry } = feature;
    if (typeof code !== 'string' || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
      continue;
    const parts = byProvince.get(code) ?? [];
    for (const rings of outerRings(geometry)) parts.push(polygon(rings));
    byProvince.set(code, parts);
  }
  const features = [...byProvince].flatMap(([code, parts]) => {
    const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
    if (!merged) return [];
    const coordinates = outerRings(merged.geometry);
    return [
      {
        type: 'Feature' as const,
        geometry: { type: 'MultiPolygon' as const, coordinates },
        properties: { [property]: code },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
