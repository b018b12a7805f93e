// Terra Draw on the map: mounted for as long as a planner is signed in (so the first click finds
// it ready), it draws a new point, line or area while asked to and hands the geometry up, cleared
// at once (the panel says what was drawn); or it holds the open feature's geometry in select mode,
// where the feature and its vertices are dragged and midpoints add vertices, and reports each
// change. New vertices snap to the vertices of the layers shown (vertex-snapping.ts) and of the
// feature itself. The map's container says what it does (data-drawing, data-placing="ready").
import { useEffect, useRef, useState } from 'react';
import type { Geometry } from 'geojson';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useMap } from '../map/map-context.ts';
import { drawnFeaturesOf, editedGeometryOf, modeOfGeometry } from './drawn-geometry.ts';
import type { EditGeometry } from './edit-api.ts';
import type { DrawingTask } from './useMapEditing.ts';
import { nearestVertex, type SnapSources } from './vertex-snapping.ts';

export interface ShapeDrawingProps {
  task: DrawingTask;
  /** The catalogue layers shown, whose vertices a new vertex snaps to. */
  snapSources: readonly string[];
  onDrawn: (geometry: EditGeometry) => void;
  onReshape: (geometry: EditGeometry) => void;
}

const COLOUR = '#0b4f8a';
const modeOfKind = { point: 'point', line: 'linestring', area: 'polygon' } as const;
const DRAWN_MODES: readonly string[] = Object.values(modeOfGeometry);

function newInstance(
  map: ReturnType<typeof useMap>,
  snap: (event: TerraDrawMouseEvent) => number[] | undefined,
) {
  let counter = 0;
  const snapping = { toCoordinate: true, toCustom: snap };
  const coordinates = {
    draggable: true,
    midpoints: { draggable: true },
    deletable: true,
    snappable: snapping,
  };
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'edit-draw' }),
    idStrategy: { isValidId: (id) => typeof id === 'string', getId: () => `drawn-${++counter}` },
    modes: [
      new TerraDrawPointMode({ styles: { pointColor: COLOUR, pointWidth: 6 } }),
      new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: COLOUR, lineStringWidth: 3 } }),
      new TerraDrawPolygonMode({ snapping, styles: { fillColor: COLOUR, outlineColor: COLOUR } }),
      new TerraDrawSelectMode({
        flags: {
          point: { feature: { draggable: true } },
          linestring: { feature: { draggable: true, coordinates } },
          polygon: { feature: { draggable: true, coordinates } },
        },
        // Deleting goes through the panel (with its confirmation and If-Match), never a key.
        keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
        allowManualDeselection: false,
      }),
    ],
  });
}

export function ShapeDrawing({ task, snapSources, onDrawn, onReshape }: ShapeDrawingProps) {
  const map = useMap();
  const [draw, setDraw] = useState<TerraDraw | null>(null);
  const latest = useRef({ task, snap: { sources: snapSources } as SnapSources, onDrawn, onReshape });
  useEffect(() => {
    latest.current = {
      task,
      snap: {
        sources: snapSources,
        ...(task?.kind === 'reshape' ? { except: { source: task.layer, id: task.featureId } } : {}),
      },
      onDrawn,
      onReshape,
    };
  });

  useEffect(() => {
    const snap = (event: TerraDrawMouseEvent) =>
      nearestVertex(map, event.containerX, event.containerY, latest.current.snap);
    const instance = newInstance(map, snap);
    instance.start();
    const drawnGeometries = (): Geometry[] =>
      instance
        .getSnapshot()
        .filter((feature) => DRAWN_MODES.includes(String(feature.properties.mode)))
        .map((feature) => feature.geometry);
    instance.on('finish', (id, context) => {
      const current = latest.current.task;
      if (context.action === 'draw' && current?.kind === 'draw') {
        const geometry = instance.getSnapshotFeature(id)?.geometry;
        // Let Terra Draw finish its own bookkeeping before its store is emptied.
        setTimeout(() => instance.enabled && instance.clear(), 0);
        if (geometry) latest.current.onDrawn(geometry);
      } else if (context.action !== 'draw' && current?.kind === 'reshape') {
        const geometry = editedGeometryOf(current.geometry, drawnGeometries());
        if (geometry) latest.current.onReshape(geometry);
      }
    });
    setDraw(instance);
    return () => {
      setDraw(null);
      // The map may already be gone when the whole view unmounts.
      if (map.style && instance.enabled) instance.stop();
    };
  }, [map]);

  useEffect(() => {
    if (!draw?.enabled) return;
    const container = map.getContainer();
    draw.clear();
    if (task?.kind === 'draw') {
      draw.setMode(modeOfKind[task.geometry]);
      container.dataset.placing = 'ready';
      container.dataset.drawing = task.geometry;
    } else if (task?.kind === 'reshape') {
      draw.setMode('select');
      let counter = 0;
      const features = drawnFeaturesOf(task.geometry, () => `edited-${task.featureId}-${++counter}`);
      draw.addFeatures(features);
      const first = features[0];
      if (first) draw.selectFeature(first.id);
      container.dataset.drawing = 'reshape';
    } else {
      draw.setMode('static');
    }
    return () => {
      delete container.dataset.placing;
      delete container.dataset.drawing;
    };
  }, [map, draw, task]);
  return null;
}
