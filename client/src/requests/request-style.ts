// How requests are drawn on the queue's map (issue 10): a dot coloured by status, the open ones
// larger and over the closed ones, the request chosen ringed in black. Ids in one place for the
// map, its key, the click handling and the browser tests.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { RequestStatus } from './requests-api.ts';

export const REQUESTS_SOURCE = 'requests';
export const REQUEST_POINTS = 'requests-points';
export const REQUEST_SELECTED = 'requests-selected';

/** The colour of each status, on the map and in its key (WCAG AA on white for the dots' edges). */
export const requestStatusColors: Record<RequestStatus, string> = {
  new: '#c2410c',
  acknowledged: '#1d4ed8',
  planned: '#7e22ce',
  done: '#15803d',
  rejected: '#4b5563',
};

const statusColor = [
  'match',
  ['get', 'status'],
  ...Object.entries(requestStatusColors).flat(),
  '#4b5563',
] as unknown as ExpressionSpecification;

/** The ring's filter: the request chosen, or none. */
export const selectedFilter = (id: number | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? -1];

export const requestLayers: readonly LayerSpecification[] = [
  {
    id: REQUEST_SELECTED,
    type: 'circle',
    source: REQUESTS_SOURCE,
    filter: selectedFilter(null),
    paint: {
      'circle-radius': 13,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': 3,
      'circle-stroke-color': '#111827',
    },
  },
  {
    id: REQUEST_POINTS,
    type: 'circle',
    source: REQUESTS_SOURCE,
    // Open requests drawn last, over the closed ones.
    layout: { 'circle-sort-key': ['case', ['get', 'open'], 1, 0] },
    paint: {
      'circle-radius': ['case', ['get', 'open'], 8, 6],
      'circle-color': statusColor,
      'circle-stroke-width': 2,
      'circle-stroke-color': '#ffffff',
    },
  },
];
