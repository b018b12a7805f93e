// Everything a commune's map draws, in drawing order: offline land, the commune's infrastructure
// (faded), the land around the commune veiled, its projects and the pairs of works that could
// share a trench, commune names on top; and the clicks, the framing of projects, the popup of a feature,
// the picture of the map the printed report shows.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JumpToOptions } from 'maplibre-gl';
import type { CommuneSummary, LayerInfo } from '../api.ts';
import { BasemapLand, CommuneLabels } from '../map/BasemapLayers.tsx';
import { useMap } from '../map/map-context.ts';
import { drawingOrder, thematicStyleLayers } from '../map/thematic-style.ts';
import type { LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { FeaturePopup } from '../popup/FeaturePopup.tsx';
import type { Position } from '../editing/edit-api.ts';
import type { PickedFeature } from '../popup/useFeaturePicking.ts';
import type { CommuneOutline as Outline, Project } from './commune-api.ts';
import { CommuneOutline } from './CommuneOutline.tsx';
import type { PairLinks } from './coordination-map.ts';
import { InfrastructureLayer } from './InfrastructureLayer.tsx';
import { MapSnapshot, type Snapshot } from './MapSnapshot.tsx';
import { ProjectsLayer } from './ProjectsLayer.tsx';
import { useProjectPicking } from './useProjectPicking.ts';
import { useProjectPlacing } from './useProjectPlacing.ts';

const FRAME_PADDING_PX = 32;
/** Projects are framed close, but not so close that their surroundings vanish. */
const PROJECT_MAX_ZOOM = 15;

/** Projects to frame, asked for from the panel; a new object each time, so asking twice frames twice. */
export interface FrameRequest {
  bounds: [number, number, number, number];
  /** Pixels kept clear at the left of the map, where a project's details open over it. */
  clearLeft: number;
}

export interface CommuneMapLayersProps {
  commune: CommuneSummary;
  infrastructure: readonly LayerInfo[];
  communes: readonly CommuneSummary[];
  offlineBasemap: boolean;
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
  outline: Outline | null;
  projects: readonly Project[] | null;
  links: PairLinks | null;
  selected: number | null;
  pair: { key: string; ids: [number, number] } | null;
  frameRequest: FrameRequest | null;
  /** A new object frames the whole commune again (before printing its report). */
  communeFrameRequest: object | null;
  onSelectProject: (id: number) => void;
  onSnapshot: (snapshot: Snapshot | null) => void;
  /** A click on the map places a new project (issue 10) rather than picking what is under it. */
  placing: boolean;
  onPlace: (position: Position) => void;
}

export function CommuneMapLayers(props: CommuneMapLayersProps) {
  const { commune, infrastructure, communes, offlineBasemap, viewport, onStatus } = props;
  const { outline, projects, links, selected, pair, frameRequest, communeFrameRequest } = props;
  const { onSelectProject, onSnapshot, placing, onPlace } = props;
  const map = useMap();
  const [picked, setPicked] = useState<PickedFeature | null>(null);

  const ordered = useMemo(
    () => [...infrastructure].sort((a, b) => drawingOrder[a.geometryType] - drawingOrder[b.geometryType]),
    [infrastructure],
  );
  const infrastructureLayerIds = useMemo(
    () => ordered.flatMap((info) => thematicStyleLayers(info).map((layer) => layer.id)),
    [ordered],
  );
  const clickPlaces = useProjectPlacing(map, placing, onPlace);
  useProjectPicking(map, infrastructureLayerIds, {
    onProject: (id) => clickPlaces() || onSelectProject(id),
    onFeature: (feature) => clickPlaces() || setPicked(feature),
  });

  // The page opens framed on its commune, at once.
  const [west, south, east, north] = commune.bbox;
  useEffect(() => {
    if (west === undefined || south === undefined || east === undefined || north === undefined) return;
    map.fitBounds([west, south, east, north], { padding: FRAME_PADDING_PX, animate: false });
  }, [map, west, south, east, north]);

  // Printing: the whole commune framed for the report's picture, then the reader's view back.
  const viewBeforePrint = useRef<JumpToOptions | null>(null);
  useEffect(() => {
    if (communeFrameRequest) {
      viewBeforePrint.current ??= {
        center: map.getCenter(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
      if (west === undefined || south === undefined || east === undefined || north === undefined) return;
      map.fitBounds([west, south, east, north], { padding: FRAME_PADDING_PX, animate: false });
      map.triggerRepaint();
    } else if (viewBeforePrint.current) {
      map.jumpTo(viewBeforePrint.current);
      viewBeforePrint.current = null;
    }
  }, [map, communeFrameRequest, west, south, east, north]);

  useEffect(() => {
    if (!frameRequest) return;
    // Never more than half the map kept clear: a narrow map still shows the projects.
    const left = Math.min(frameRequest.clearLeft, map.getCanvas().clientWidth / 2) + FRAME_PADDING_PX;
    map.fitBounds(frameRequest.bounds, {
      padding: { top: FRAME_PADDING_PX, right: FRAME_PADDING_PX, bottom: FRAME_PADDING_PX, left },
      maxZoom: PROJECT_MAX_ZOOM,
    });
  }, [map, frameRequest]);

  const pickedInfo = picked ? infrastructure.find((info) => info.id === picked.layerId) : undefined;
  return (
    <>
      {offlineBasemap && <BasemapLand viewport={viewport} onStatus={onStatus} />}
      {ordered.map((info) => (
        <InfrastructureLayer key={info.id} info={info} insee={commune.insee} onStatus={onStatus} />
      ))}
      <CommuneOutline outline={outline} onStatus={onStatus} />
      <ProjectsLayer projects={projects} links={links} selected={selected} pair={pair} onStatus={onStatus} />
      {offlineBasemap && <CommuneLabels communes={communes} onStatus={onStatus} />}
      <MapSnapshot frame={commune.bbox} onSnapshot={onSnapshot} />
      {picked && pickedInfo && (
        <FeaturePopup
          picked={picked}
          info={pickedInfo}
          onClose={(closed) => setPicked((current) => (current === closed ? null : current))}
        />
      )}
    </>
  );
}
