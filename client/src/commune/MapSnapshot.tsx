// A picture of the map for the printed report (issues #4 and #9): a WebGL canvas does not print
// reliably, so the canvas is copied into a PNG the report shows instead. The report frames the
// WHOLE commune, never the project open on screen: a copy is kept only when the map shows all of the
// commune's bounding box, with what a scale bar and a north arrow need. Before printing, the page
// frames the commune again, so that the picture is fresh (CommunePage).
// The copy is taken in MapLibre's `idle` handler, within the frame just drawn, while the drawing
// buffer still holds it (the map is not created with preserveDrawingBuffer).
import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';
import { metresPerPixel } from './report-scale.ts';

export interface Snapshot {
  url: string;
  /** What the picture shows, west, south, east, north. */
  bounds: [number, number, number, number];
  /** Ground metres per CSS pixel at the picture's centre. */
  metresPerPx: number;
  /** The picture's size in CSS pixels. */
  widthPx: number;
  heightPx: number;
  /** Degrees clockwise from north of the picture's up. */
  bearing: number;
  /** performance.now() when it was drawn: newer than a request to print, or not. */
  takenAt: number;
}

export interface MapSnapshotProps {
  /** The commune's bounding box, west, south, east, north: the picture always holds all of it. */
  frame: readonly number[];
  onSnapshot: (snapshot: Snapshot | null) => void;
}

/** Some slack: fitBounds with padding lands within a hair of the box. */
const SLACK_DEG = 1e-6;

export function MapSnapshot({ frame, onSnapshot }: MapSnapshotProps) {
  const map = useMap();
  const [west, south, east, north] = frame;
  useEffect(() => {
    if (west === undefined || south === undefined || east === undefined || north === undefined) return;
    let current: string | null = null;
    let stopped = false;
    const holdsCommune = () => {
      const view = map.getBounds();
      return (
        view.getWest() <= west + SLACK_DEG &&
        view.getSouth() <= south + SLACK_DEG &&
        view.getEast() >= east - SLACK_DEG &&
        view.getNorth() >= north - SLACK_DEG
      );
    };
    const capture = () => {
      if (!holdsCommune()) return;
      const view = map.getBounds();
      const canvas = map.getCanvas();
      const taken = {
        bounds: [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()] as Snapshot['bounds'],
        metresPerPx: metresPerPixel(map.getCenter().lat, map.getZoom()),
        widthPx: canvas.clientWidth,
        heightPx: canvas.clientHeight,
        bearing: map.getBearing(),
        takenAt: performance.now(),
      };
      canvas.toBlob((blob) => {
        if (!blob || stopped) return;
        const url = URL.createObjectURL(blob);
        if (current) URL.revokeObjectURL(current);
        current = url;
        onSnapshot({ url, ...taken });
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
  }, [map, west, south, east, north, onSnapshot]);

  return null;
}
