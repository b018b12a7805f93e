// A MapLibre popup whose content React renders into the popup's container, so every value from
// the data goes in as text, never as HTML. Closes on Escape; `onClose` hears every way it closes.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import * as maplibregl from 'maplibre-gl';
import { useMap } from '../map/map-context.ts';

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
    const popup = new maplibregl.Popup({ closeButton: false, maxWidth: '320px', className })
      .setLngLat([lon, lat])
      .setDOMContent(container)
      .addTo(map);
    const close = () => onCloseRef.current();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') popup.remove();
    };
    popup.on('close', close);
    container.addEventListener('keydown', closeOnEscape);
    return () => {
      popup.off('close', close);
      container.removeEventListener('keydown', closeOnEscape);
      popup.remove();
    };
  }, [map, container, lon, lat, className]);

  return createPortal(children, container);
}
