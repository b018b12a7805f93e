// Clicks on a commune's map: a project opens its details; elsewhere, a feature of the
// infrastructure under it opens its popup. Projects win over what they are built on.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { featuresAt, pickedFrom, type PickedFeature } from '../popup/useFeaturePicking.ts';
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
    const onMove = (event: MapMouseEvent) => {
      const hit =
        featuresAt(map, event, [...projectStyleLayerIds, ...infrastructureLayerIds], SLACK_PX).length > 0;
      canvas.style.cursor = hit ? 'pointer' : '';
    };
    const onClick = (event: MapMouseEvent) => {
      const [project] = featuresAt(map, event, projectStyleLayerIds, SLACK_PX);
      if (project) {
        handlersRef.current.onProject(Number(project.properties.id));
        return;
      }
      const [feature] = featuresAt(map, event, infrastructureLayerIds, SLACK_PX);
      if (!feature) return;
      handlersRef.current.onFeature(pickedFrom(feature, event));
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
