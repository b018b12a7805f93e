// Drawing the area to analyse with Terra Draw on the map: a polygon (click its corners, click the
// first one again to close it) or a point for the centre of a circle. Each finished shape is handed
// up and cleared from Terra Draw's store; AreaOutline draws what is being analysed.
import { useEffect, useRef, useState } from 'react';
import { TerraDraw, TerraDrawPointMode, TerraDrawPolygonMode, ValidateNotSelfIntersecting } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Polygon } from 'geojson';
import { useMap } from '../map/map-context.ts';

export type DrawMode = 'off' | 'polygon' | 'point';

export type DrawnShape = { kind: 'polygon'; polygon: Polygon } | { kind: 'point'; center: [number, number] };

const DRAW_COLOR = '#0b4f8a';

export function AreaDrawing({ mode, onDrawn }: { mode: DrawMode; onDrawn: (shape: DrawnShape) => void }) {
  const map = useMap();
  const [draw, setDraw] = useState<TerraDraw | null>(null);
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  });

  useEffect(() => {
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'planning-draw' }),
      modes: [
        new TerraDrawPolygonMode({
          // PostGIS refuses a self-intersecting polygon; Terra Draw refuses to close one.
          validation: (feature) => ValidateNotSelfIntersecting(feature),
          styles: { fillColor: DRAW_COLOR, fillOpacity: 0.15, outlineColor: DRAW_COLOR, outlineWidth: 2 },
        }),
        new TerraDrawPointMode({ styles: { pointColor: DRAW_COLOR, pointWidth: 6 } }),
      ],
    });
    instance.start();
    instance.on('finish', (id, context) => {
      if (context.action !== 'draw') return;
      const geometry = instance.getSnapshotFeature(id)?.geometry;
      // Let Terra Draw finish its own bookkeeping before its store is emptied.
      setTimeout(() => instance.enabled && instance.clear(), 0);
      if (geometry?.type === 'Polygon') onDrawnRef.current({ kind: 'polygon', polygon: geometry });
      if (geometry?.type === 'Point') {
        const [lon = 0, lat = 0] = geometry.coordinates;
        onDrawnRef.current({ kind: 'point', center: [lon, lat] });
      }
    });
    setDraw(instance);
    return () => {
      setDraw(null);
      // The map may already be gone when the whole view unmounts.
      if (map.style) instance.stop();
    };
  }, [map]);

  useEffect(() => {
    if (!draw?.enabled) return;
    draw.setMode(mode === 'off' ? 'static' : mode);
    // Leaving a tool half-way through a polygon drops what was drawn of it.
    if (mode === 'off') draw.clear();
  }, [draw, mode]);
  return null;
}
