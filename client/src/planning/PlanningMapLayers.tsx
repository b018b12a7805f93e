// Everything the Planning view draws, in drawing order: offline land, communes coloured by the
// indicator, fibre rollout at the chosen year, white zones, the area analysed, the uncovered places
// on top with commune names; and the drawing tool, the white-zone popup, the camera moves.
import { useState } from 'react';
import type { CommuneSummary } from '../api.ts';
import { BasemapLand, CommuneLabels } from '../map/BasemapLayers.tsx';
import { FlyTo, type FlyTarget } from '../map/FlyTo.tsx';
import { useMap } from '../map/map-context.ts';
import type { LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import type { AreaShape } from './area-figures.ts';
import { AreaDrawing, type DrawMode, type DrawnShape } from './AreaDrawing.tsx';
import { AreaOutline } from './AreaOutline.tsx';
import type { Choropleth } from './choropleth.ts';
import { GapCircles } from './GapCircles.tsx';
import { IndicatorChoropleth } from './IndicatorChoropleth.tsx';
import type { RankedGap } from './planning-api.ts';
import { RolloutLayer } from './RolloutLayer.tsx';
import { usePlanningPicking, type PickedWhiteZone } from './usePlanningPicking.ts';
import { WhiteZonePopup } from './WhiteZonePopup.tsx';
import { WhiteZonesLayer } from './WhiteZonesLayer.tsx';

export interface PlanningMapLayersProps {
  offlineBasemap: boolean;
  communes: readonly CommuneSummary[];
  viewport: Viewport | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
  choropleth: Choropleth | null;
  year: number;
  rollout: boolean;
  whiteZones: boolean;
  ranked: readonly RankedGap[] | null;
  rankedKey: string;
  selected: string | null;
  onSelect: (key: string) => void;
  flyTarget: FlyTarget | null;
  drawMode: DrawMode;
  onDrawn: (shape: DrawnShape) => void;
  area: AreaShape | null;
}

export function PlanningMapLayers(props: PlanningMapLayersProps) {
  const { offlineBasemap, communes, viewport, onStatus, choropleth, year, rollout, whiteZones } = props;
  const { ranked, rankedKey, selected, onSelect, flyTarget, drawMode, onDrawn, area } = props;
  const map = useMap();
  const [zone, setZone] = useState<PickedWhiteZone | null>(null);
  usePlanningPicking(map, drawMode === 'off', { onPlace: onSelect, onWhiteZone: setZone });

  return (
    <>
      {offlineBasemap && <BasemapLand viewport={viewport} onStatus={onStatus} />}
      <IndicatorChoropleth choropleth={choropleth} viewport={viewport} onStatus={onStatus} />
      <RolloutLayer year={year} visible={rollout} viewport={viewport} onStatus={onStatus} />
      <WhiteZonesLayer visible={whiteZones} viewport={viewport} onStatus={onStatus} />
      <AreaOutline shape={area} />
      <GapCircles ranked={ranked} dataKey={rankedKey} selected={selected} onStatus={onStatus} />
      {offlineBasemap && <CommuneLabels communes={communes} onStatus={onStatus} />}
      <AreaDrawing mode={drawMode} onDrawn={onDrawn} />
      <FlyTo target={flyTarget} />
      {zone && whiteZones && <WhiteZonePopup zone={zone} onClose={() => setZone(null)} />}
    </>
  );
}
