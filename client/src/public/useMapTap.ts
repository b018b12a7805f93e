// A tap (or click) on the map, and a long-press (or right-click), as a place to ask about. A tap
// waits a moment so that the two taps of a double-tap zoom are not taken for two questions.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** Longer than the gap between the two taps of a double-tap. */
const TAP_DELAY_MS = 250;

export function useMapTap(map: MapLibreMap, onTap: (lon: number, lat: number) => void) {
  const onTapRef = useRef(onTap);
  useEffect(() => {
    onTapRef.current = onTap;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => clearTimeout(timer);
    const onClick = (event: MapMouseEvent) => {
      cancel();
      const { lng, lat } = event.lngLat;
      timer = setTimeout(() => {
        if (!map.isZooming()) onTapRef.current(lng, lat);
      }, TAP_DELAY_MS);
    };
    const onLongPress = (event: MapMouseEvent) => {
      cancel();
      event.preventDefault();
      event.originalEvent.preventDefault();
      onTapRef.current(event.lngLat.lng, event.lngLat.lat);
    };
    map.on('click', onClick);
    map.on('dblclick', cancel);
    map.on('zoomstart', cancel);
    map.on('contextmenu', onLongPress);
    return () => {
      cancel();
      map.off('click', onClick);
      map.off('dblclick', cancel);
      map.off('zoomstart', cancel);
      map.off('contextmenu', onLongPress);
    };
  }, [map]);
}
