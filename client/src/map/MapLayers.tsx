// Everything drawn on the map, in drawing order: offline land, the catalogue layers
// (areas, the province outlines, then lines, then points), commune names on top; and the popup of a picked feature
// (a click on a cluster zooms in instead, see useFeaturePicking).
import { useMemo, type ReactNode } from 'react';
import type { CommuneSummary, LayerInfo } from '../api.ts';
import { extraLegendFilter, selectedLegendValues, type LegendSelection } from '../legend-filters.ts';
import { FeaturePopup } from '../popup/FeaturePopup.tsx';
import { useFeaturePicking, type PickedFeature } from '../popup/useFeaturePicking.ts';
import { BasemapLand, CommuneLabels } from './BasemapLayers.tsx';
import { useMap } from './map-context.ts';
import { ProvinceOutlines } from './ProvinceOutlines.tsx';
import { drawingOrder, thematicStyleLayers } from './thematic-style.ts';
import { ThematicLayer } from './ThematicLayer.tsx';
import type { LayerStatus } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

export interface MapLayersProps {
  layers: readonly LayerInfo[];
  visible: ReadonlySet<string>;
  legendSelection: LegendSelection | null;
  viewport: Viewport | null;
  communes: readonly CommuneSummary[];
  /** False when a basemap style from the configuration provides land and names. */
  offlineBasemap: boolean;
  onStatus: (sourceId: string, status: LayerStatus) => void;
  picked: PickedFeature | null;
  onPick: (picked: PickedFeature) => void;
  onPopupClose: (picked: PickedFeature) => void;
  /** Buttons under a picked feature's details (e.g. "Modifier" for a planner). */
  popupActions?: (picked: PickedFeature) => ReactNode;
  /** Per layer, bumped when its data changed on the server: the layer is fetched again. */
  revisions?: Readonly<Record<string, number>>;
}

export function MapLayers(props: MapLayersProps) {
  const { layers, visible, legendSelection, viewport, communes, offlineBasemap, onStatus } = props;
  const { picked, onPick, onPopupClose, popupActions, revisions } = props;
  const map = useMap();
  const ordered = useMemo(
    () => [...layers].sort((a, b) => drawingOrder[a.geometryType] - drawingOrder[b.geometryType]),
    [layers],
  );
  const styleLayerIds = useMemo(
    () => ordered.flatMap((info) => thematicStyleLayers(info).map((layer) => layer.id)),
    [ordered],
  );
  useFeaturePicking(map, styleLayerIds, onPick);
  const pickedInfo =
    picked && visible.has(picked.layerId) ? layers.find((info) => info.id === picked.layerId) : undefined;

  const thematic = (info: LayerInfo) => (
    <ThematicLayer
      key={info.id}
      info={info}
      visible={visible.has(info.id)}
      selected={selectedLegendValues(info, legendSelection)}
      mapFilter={extraLegendFilter(info, legendSelection)}
      viewport={viewport}
      revision={revisions?.[info.id] ?? 0}
      onStatus={onStatus}
    />
  );

  return (
    <>
      {offlineBasemap && <BasemapLand viewport={viewport} onStatus={onStatus} />}
      {ordered.filter((info) => info.geometryType === 'MultiPolygon').map(thematic)}
      <ProvinceOutlines />
      {ordered.filter((info) => info.geometryType !== 'MultiPolygon').map(thematic)}
      {offlineBasemap && <CommuneLabels communes={communes} onStatus={onStatus} />}
      {picked && pickedInfo && (
        <FeaturePopup
          picked={picked}
          info={pickedInfo}
          onClose={onPopupClose}
          actions={popupActions?.(picked)}
        />
      )}
    </>
  );
}
