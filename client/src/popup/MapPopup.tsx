// A MapLibre popup whose content React renders into the popup's container, so every value from
// the data goes in as text, never as HTML. Closes on Escape; `onClose` hears every way it closes.
// React fills the container after MapLibre placed the popup, so the popup is placed again whenever
// its content changes size: otherwise a popup opened near an edge is anchored as if it were empty
// and reaches past the map (on a phone, its close button off screen); the map pans to show it whole.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import * as maplibregl from 'maplibre-gl';
import { useMap } from '../map/map-context.ts';

/** Room kept between a popup and the edge of the map, in CSS pixels. */
const MARGIN = 8;

export interface MapPopupProps {
  lngLat: [number, number];
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function MapPopup({ lngLat, onClose, className = 'feature-popup', children }: MapPopupProps) {
  const map = useMap();
  const [container] = useState(() => document.createElement('div'));
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const [lon, lat] = lngLat;

  useEffect(() => {
    const popup = new maplibregl.Popup({
      closeButton: false,
      maxWidth: 'min(320px, calc(100vw - 1.5rem))',
      className,
    })
      .setLngLat([lon, lat])
      .setDOMContent(container)
      .addTo(map);
    const close = () => onCloseRef.current();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') popup.remove();
    };
    popup.on('close', close);
    container.addEventListener('keydown', closeOnEscape);
    // Placed again, then the map panned just enough that the whole popup is in view (MapLibre's
    // anchors alone cannot fit a wide popup beside a point near the edge of a phone's screen).
    const replace = new ResizeObserver(() => {
      popup.setLngLat([lon, lat]);
      const box = popup.getElement().getBoundingClientRect();
      const frame = map.getContainer().getBoundingClientRect();
      const past = (low: number, high: number, min: number, max: number) =>
        high > max - MARGIN ? high - max + MARGIN : low < min + MARGIN ? low - min - MARGIN : 0;
      const dx = past(box.left, box.right, frame.left, frame.right);
      const dy = past(box.top, box.bottom, frame.top, frame.bottom);
      if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 0 });
    });
    replace.observe(container);
    return () => {
      replace.disconnect();
      popup.off('close', close);
      container.removeEventListener('keydown', closeOnEscape);
      popup.remove();
    };
  }, [map, container, lon, lat, className]);

  return createPortal(children, container);
}
