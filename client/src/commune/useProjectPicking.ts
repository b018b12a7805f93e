// Clicks on a commune's map: a project opens its details; elsewhere, a feature of the
// infrastructure under it opens its popup. Projects win over what they are built on.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { PickedFeature } from '../popup/useFeaturePicking.ts';
import { projectStyleLayerIds } from './project-style.ts';

/** Small circles and thin pipes are hard to hit with a finger: a few pixels of slack. */
const SLACK_PX = 6;

export interface ProjectPickHandlers {
  onProject: (id: number) => void;
  onFeature: (picked: PickedFeature) => void;
}

export function useProjectPicking(
  map: MapLibreMap,
  infrastructureLayerIds: readonly string[],
  handlers: ProjectPickHandlers,
) {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const canvas = map.getCanvas();
    const featuresAt = (event: MapMouseEvent, ids: readonly string[]): MapGeoJSONFeature[] => {
      const layers = ids.filter((id) => map.getLayer(id));
      if (layers.length === 0) return [];
      const { x, y } = event.point;
      const box: [PointLike, PointLike] = [
        [x - SLACK_PX, y - SLACK_PX],
        [x + SLACK_PX, y + SLACK_PX],
      ];
      return map.queryRenderedFeatures(box, { layers });
    };
    const onMove = (event: MapMouseEvent) => {
      const hit = featuresAt(event, [...projectStyleLayerIds, ...infrastructureLayerIds]).length > 0;
      canvas.style.cursor = hit ? 'pointer' : '';
    };
    const onClick = (event: MapMouseEvent) => {
      const [project] = featuresAt(event, projectStyleLayerIds);
      if (project) {
        handlersRef.current.onProject(Number(project.properties.id));
        return;
      }
      const [feature] = featuresAt(event, infrastructureLayerIds);
      if (!feature) return;
      const lngLat: [number, number] =
        feature.geometry.type === 'Point'
          ? (feature.geometry.coordinates as [number, number])
          : event.lngLat.toArray();
      handlersRef.current.onFeature({
        layerId: feature.source,
        lngLat,
        properties: { ...feature.properties },
      });
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      canvas.style.cursor = '';
    };
  }, [map, infrastructureLayerIds]);
}
