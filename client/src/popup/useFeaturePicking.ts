// Which feature the reader points at: a pointer cursor over features, and the top feature
// under a click (with a few pixels of slack, so small circles are easy to hit on a phone).
import { useEffect, useRef } from 'react';
import type {
  GeoJSONSource,
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
  PointLike,
} from 'maplibre-gl';
import { clusterProperty } from '../map/style-properties.ts';

export interface PickedFeature {
  /** The catalogue layer, which is also the feature's source id. */
  layerId: string;
  lngLat: [number, number];
  properties: Record<string, unknown>;
}

const SLACK_PX = 5;

/** Features of the given style layers within a few pixels of the event. */
export function featuresAt(
  map: MapLibreMap,
  event: MapMouseEvent,
  styleLayerIds: readonly string[],
  slackPx = SLACK_PX,
): MapGeoJSONFeature[] {
  const layers = styleLayerIds.filter((id) => map.getLayer(id));
  if (layers.length === 0) return [];
  const { x, y } = event.point;
  const box: [PointLike, PointLike] = [
    [x - slackPx, y - slackPx],
    [x + slackPx, y + slackPx],
  ];
  return map.queryRenderedFeatures(box, { layers });
}

/** A point's popup points at the point itself; a line's or an area's at the click. */
function anchorOf(feature: MapGeoJSONFeature, event: MapMouseEvent): [number, number] {
  if (feature.geometry.type === 'Point') {
    const [lon, lat] = feature.geometry.coordinates;
    if (lon !== undefined && lat !== undefined) return [lon, lat];
  }
  return event.lngLat.toArray();
}

/** The picked feature of a click: its layer, where its popup points, its properties. */
export function pickedFrom(feature: MapGeoJSONFeature, event: MapMouseEvent): PickedFeature {
  return { layerId: feature.source, lngLat: anchorOf(feature, event), properties: { ...feature.properties } };
}

/** A cluster is no feature to explain: a click on it zooms to where it breaks apart. */
function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature): void {
  const source = map.getSource<GeoJSONSource>(cluster.source);
  const id: unknown = cluster.properties[clusterProperty.id];
  if (!source || typeof id !== 'number' || cluster.geometry.type !== 'Point') return;
  const [lon, lat] = cluster.geometry.coordinates;
  if (lon === undefined || lat === undefined) return;
  source
    .getClusterExpansionZoom(id)
    .then((zoom) => map.easeTo({ center: [lon, lat], zoom: Math.max(zoom, map.getZoom() + 1) }))
    .catch(() => map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 }));
}

export function useFeaturePicking(
  map: MapLibreMap,
  styleLayerIds: readonly string[],
  onPick: (picked: PickedFeature) => void,
) {
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  });

  useEffect(() => {
    const canvas = map.getCanvas();
    const onMove = (event: MapMouseEvent) => {
      canvas.style.cursor = featuresAt(map, event, styleLayerIds).length > 0 ? 'pointer' : '';
    };
    const onClick = (event: MapMouseEvent) => {
      const [top] = featuresAt(map, event, styleLayerIds);
      if (!top) return;
      if (top.properties[clusterProperty.isCluster] === true) zoomIntoCluster(map, top);
      else onPickRef.current(pickedFrom(top, event));
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      canvas.style.cursor = '';
    };
  }, [map, styleLayerIds]);
}
