// The uncovered settlements and schools as circles whose area follows the people affected
// (radius ∝ √people), the biggest drawn first so small ones stay visible on top; the selected
// one ringed. The data is the ranked list the table shows, so map and table cannot disagree.
import { useCallback, useEffect, useMemo } from 'react';
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import { GAPS_CIRCLES, GAPS_SELECTED, GAPS_SOURCE, TERRITORY_BBOX } from './map-sources.ts';
import type { RankedGap } from './planning-api.ts';

export const SETTLEMENT_COLOR = '#c2255c';
export const SCHOOL_COLOR = '#343a40';
/** Pixels of radius per √person: 10 000 people make a circle of 15 px. */
const PX_PER_SQRT_PERSON = 0.15;
/** Below this a circle is too small to see or to tap. */
const MIN_RADIUS_PX = 3;

/** The radius a place of `people` gets, for the size legend. */
export const circleRadius = (people: number) =>
  Math.max(MIN_RADIUS_PX, PX_PER_SQRT_PERSON * Math.sqrt(people));

const radius: ExpressionSpecification = [
  'max',
  MIN_RADIUS_PX,
  ['*', PX_PER_SQRT_PERSON, ['sqrt', ['get', 'people']]],
];

const layers: LayerSpecification[] = [
  {
    id: GAPS_CIRCLES,
    type: 'circle',
    source: GAPS_SOURCE,
    layout: { 'circle-sort-key': ['-', ['get', 'people']] },
    paint: {
      'circle-radius': radius,
      'circle-color': ['match', ['get', 'kind'], 'school', SCHOOL_COLOR, SETTLEMENT_COLOR],
      'circle-opacity': 0.72,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
  {
    id: GAPS_SELECTED,
    type: 'circle',
    source: GAPS_SOURCE,
    filter: ['==', ['get', 'key'], ''],
    paint: {
      'circle-radius': ['+', radius, 3],
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': '#f59e0b',
      'circle-stroke-width': 4,
    },
  },
];

/** The key a place goes by in the URL, the table and the map: `settlement-47`, `school-12`. */
export const gapKey = (gap: Pick<RankedGap, 'kind' | 'id'>) => `${gap.kind}-${gap.id}`;

/** Who a place's gap affects: a settlement's inhabitants, a school's pupils (sizes the circle). */
const affected = (gap: RankedGap) => gap.inhabitants ?? gap.pupils ?? 0;

function gapFeatures(ranked: readonly RankedGap[]): LayerData {
  return {
    type: 'FeatureCollection',
    features: ranked.map((gap) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [gap.lon, gap.lat] },
      properties: { key: gapKey(gap), kind: gap.kind, name: gap.name, people: affected(gap), rank: gap.rank },
    })),
  };
}

export interface GapCirclesProps {
  /** null until the first answer: nothing to draw, and the map does not count as ready. */
  ranked: readonly RankedGap[] | null;
  /** Changes whenever `ranked` does (e.g. technology and commune of the answer). */
  dataKey: string;
  selected: string | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function GapCircles({ ranked, dataKey, selected, onStatus }: GapCirclesProps) {
  const map = useMap();
  const data = useMemo(() => (ranked ? gapFeatures(ranked) : null), [ranked]);
  const load = useCallback(async () => data ?? gapFeatures([]), [data]);
  const report = useCallback((status: LayerStatus) => onStatus(GAPS_SOURCE, status), [onStatus]);
  const hasData = data !== null;
  const viewport = useMemo<Viewport | null>(
    () => (hasData ? { bbox: TERRITORY_BBOX, zoom: 0 } : null),
    [hasData],
  );
  useGeoJsonLayer({
    map,
    sourceId: GAPS_SOURCE,
    layers,
    visible: true,
    viewport,
    load,
    dataKey,
    onStatus: report,
  });

  useEffect(() => {
    if (map.getLayer(GAPS_SELECTED)) map.setFilter(GAPS_SELECTED, ['==', ['get', 'key'], selected ?? '']);
  }, [map, selected]);
  return null;
}
