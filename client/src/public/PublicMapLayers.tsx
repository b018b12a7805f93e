// Everything the public view draws, in order: the offline basemap's land and commune names, then over
// them the place asked about, the spot tapped and the numbered terminals; and the answers to taps.
import { useCallback, useMemo } from 'react';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CommuneSummary, LayerData } from '../api.ts';
import { BasemapLand, CommuneLabels } from '../map/BasemapLayers.tsx';
import { FlyTo, type FlyTarget } from '../map/FlyTo.tsx';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import type { NearbyTerminal } from './public-api.ts';
import {
  PLACES_SOURCE,
  placeFeatures,
  placeLayers,
  TERMINALS_SOURCE,
  terminalFeatures,
  terminalLayers,
  type MarkedPlaceKind,
} from './public-map-style.ts';
import { useMapTap } from './useMapTap.ts';

/** The markers do not depend on the view: one load of what is given, for the whole territory. */
const WHOLE_TERRITORY: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

export interface PublicMapLayersProps {
  offlineBasemap: boolean;
  communes: readonly CommuneSummary[];
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
  terminals: readonly NearbyTerminal[];
  unavailable: readonly NearbyTerminal[];
  places: readonly { kind: MarkedPlaceKind; lon: number; lat: number }[];
  flyTarget: FlyTarget | null;
  onTap: (lon: number, lat: number) => void;
}

export function PublicMapLayers(props: PublicMapLayersProps) {
  const { offlineBasemap, communes, viewport, onStatus, flyTarget, onTap } = props;
  const map = useMap();
  useMapTap(map, onTap);
  return (
    <>
      {offlineBasemap && <BasemapLand viewport={viewport} onStatus={onStatus} />}
      {offlineBasemap && <CommuneLabels communes={communes} onStatus={onStatus} />}
      <Markers
        sourceId={PLACES_SOURCE}
        layers={placeLayers}
        data={useMemo(() => placeFeatures(props.places), [props.places])}
        onStatus={onStatus}
      />
      <Markers
        sourceId={TERMINALS_SOURCE}
        layers={terminalLayers}
        data={useMemo(
          () => terminalFeatures(props.terminals, props.unavailable),
          [props.terminals, props.unavailable],
        )}
        onStatus={onStatus}
      />
      <FlyTo target={flyTarget} />
    </>
  );
}

function Markers({
  sourceId,
  layers,
  data,
  onStatus,
}: {
  sourceId: string;
  layers: readonly LayerSpecification[];
  data: LayerData;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}) {
  const map = useMap();
  const load = useCallback(() => Promise.resolve(data), [data]);
  const report = useCallback((status: LayerStatus) => onStatus(sourceId, status), [onStatus, sourceId]);
  // A new collection is new data: the key tells the hook to load it again.
  const dataKey = useMemo(() => JSON.stringify(data), [data]);
  useGeoJsonLayer({
    map,
    sourceId,
    layers,
    visible: true,
    viewport: WHOLE_TERRITORY,
    load,
    dataKey,
    onStatus: report,
  });
  return null;
}
