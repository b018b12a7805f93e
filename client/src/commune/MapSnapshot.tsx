// A picture of the map for the printed report (issue #4): a WebGL canvas does not print reliably,
// so each time the map settles its canvas is copied into a PNG the report shows instead. The copy
// is taken in MapLibre's `idle` handler, within the frame just drawn, while the drawing buffer
// still holds it (the map is not created with preserveDrawingBuffer).
import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';

export function MapSnapshot({ onSnapshot }: { onSnapshot: (url: string | null) => void }) {
  const map = useMap();
  useEffect(() => {
    let current: string | null = null;
    let stopped = false;
    const capture = () => {
      map.getCanvas().toBlob((blob) => {
        if (!blob || stopped) return;
        const next = URL.createObjectURL(blob);
        if (current) URL.revokeObjectURL(current);
        current = next;
        onSnapshot(next);
      }, 'image/png');
    };
    map.on('idle', capture);
    map.triggerRepaint();
    return () => {
      stopped = true;
      map.off('idle', capture);
      if (current) URL.revokeObjectURL(current);
      onSnapshot(null);
    };
  }, [map, onSnapshot]);
  return null;
}
