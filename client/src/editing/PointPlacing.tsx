// Placing a new Wi-Fi terminal with Terra Draw's point mode: mounted for as long as a planner is
// signed in (so the first click finds it ready), it takes one click on the map while `active` and
// hands its position up; the drawn point is cleared at once (the panel shows where it is). While it
// takes clicks, the map's container says so (data-placing="ready").
import { useEffect, useRef, useState } from 'react';
import { TerraDraw, TerraDrawPointMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useMap } from '../map/map-context.ts';
import type { Position } from './edit-api.ts';

export interface PointPlacingProps {
  active: boolean;
  onPlace: (position: Position) => void;
}

export function PointPlacing({ active, onPlace }: PointPlacingProps) {
  const map = useMap();
  const [draw, setDraw] = useState<TerraDraw | null>(null);
  const onPlaceRef = useRef(onPlace);
  useEffect(() => {
    onPlaceRef.current = onPlace;
  });

  useEffect(() => {
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'wifi-place' }),
      modes: [new TerraDrawPointMode({ styles: { pointColor: '#0b4f8a', pointWidth: 6 } })],
    });
    instance.start();
    instance.on('finish', (id, context) => {
      if (context.action !== 'draw') return;
      const geometry = instance.getSnapshotFeature(id)?.geometry;
      // Let Terra Draw finish its own bookkeeping before its store is emptied.
      setTimeout(() => instance.enabled && instance.clear(), 0);
      if (geometry?.type !== 'Point') return;
      const [lon, lat] = geometry.coordinates;
      if (lon !== undefined && lat !== undefined) onPlaceRef.current([lon, lat]);
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
    draw.setMode(active ? 'point' : 'static');
    const container = map.getContainer();
    if (active) container.dataset.placing = 'ready';
    return () => {
      delete container.dataset.placing;
    };
  }, [map, draw, active]);
  return null;
}
