// How a commune's projects are drawn (issue #4): coloured by status, areas under lines under
// points, over the infrastructure they build; the project chosen ringed in black and the works that
// could share a trench ringed in magenta and joined by a line. Ids in one place for the map, the
// click handling and the browser tests.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { ProjectStatus } from './commune-api.ts';

export const OUTLINE_SOURCE = 'commune-outline';
export const PROJECTS_SOURCE = 'commune-projects';
export const PAIRS_SOURCE = 'commune-pairs';

/** The colour of each status, on the map, in its key, in the timeline and the list (WCAG AA on white). */
export const statusColors: Record<ProjectStatus, string> = {
  planned: '#4b5563',
  studies: '#1d4ed8',
  works: '#b45309',
  delayed: '#c81e1e',
  done: '#15803d',
  cancelled: '#6b7280',
};

export const SELECTED_COLOR = '#111827';
export const PAIR_COLOR = '#a21caf';

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(statusColors).flat(),
  '#4b5563',
] as unknown as ExpressionSpecification;

const isArea: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isLine: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString'],
  true,
  false,
];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

const withIds = (ids: readonly number[]): ExpressionSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...ids]],
];

/**
 * A ring's filter: the projects named, of the geometries its style layer draws (a circle layer
 * would otherwise ring every vertex of a line or an area). No id: nothing ringed.
 */
export function haloFilter(type: 'line' | 'circle', ids: readonly number[]): FilterSpecification {
  return ['all', type === 'circle' ? isPoint : ['!', isPoint], withIds(ids)];
}

/** A ring around the projects its filter names (lines and area outlines, points), drawn under them. */
function halo(
  prefix: string,
  color: string,
): [LayerSpecification & { type: 'line' }, LayerSpecification & { type: 'circle' }] {
  return [
    {
      id: `${prefix}-line`,
      type: 'line',
      source: PROJECTS_SOURCE,
      filter: haloFilter('line', []),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': 10, 'line-opacity': 0.8 },
    },
    {
      id: `${prefix}-point`,
      type: 'circle',
      source: PROJECTS_SOURCE,
      filter: haloFilter('circle', []),
      paint: { 'circle-color': color, 'circle-radius': 14, 'circle-opacity': 0.8 },
    },
  ];
}

export const PAIR_HALO = 'commune-pair-halo';
export const SELECTED_HALO = 'commune-project-selected';
export const pairHaloLayers = halo(PAIR_HALO, PAIR_COLOR);
export const selectedHaloLayers = halo(SELECTED_HALO, SELECTED_COLOR);

export const PROJECT_AREAS = 'commune-projects-area';
export const PROJECT_AREA_OUTLINES = 'commune-projects-area-outline';
export const PROJECT_LINES = 'commune-projects-line';
export const PROJECT_POINTS = 'commune-projects-point';
/** The style layers a click on a project hits. */
export const projectStyleLayerIds = [PROJECT_POINTS, PROJECT_LINES, PROJECT_AREA_OUTLINES, PROJECT_AREAS];

const cancelledDash: ExpressionSpecification = ['==', ['get', 'status'], 'cancelled'];

export const projectLayers: LayerSpecification[] = [
  ...pairHaloLayers,
  ...selectedHaloLayers,
  {
    id: PROJECT_AREAS,
    type: 'fill',
    source: PROJECTS_SOURCE,
    filter: isArea,
    paint: { 'fill-color': statusColor, 'fill-opacity': ['case', cancelledDash, 0.1, 0.3] },
  },
  {
    id: PROJECT_AREA_OUTLINES,
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: isArea,
    paint: { 'line-color': statusColor, 'line-width': 2.5 },
  },
  {
    id: PROJECT_LINES,
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: isLine,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': statusColor, 'line-width': 5 },
  },
  {
    id: PROJECT_POINTS,
    type: 'circle',
    source: PROJECTS_SOURCE,
    filter: isPoint,
    paint: {
      'circle-color': statusColor,
      'circle-radius': 8,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
];

export const PAIR_LINKS = 'commune-pair-links';
export const PAIR_LINK_SELECTED = 'commune-pair-link-selected';

/** Every pair joined by a thin dashed line; the pair chosen by a thick one. */
export const pairLayers: LayerSpecification[] = [
  {
    id: PAIR_LINKS,
    type: 'line',
    source: PAIRS_SOURCE,
    paint: { 'line-color': PAIR_COLOR, 'line-width': 2, 'line-dasharray': [2, 2], 'line-opacity': 0.7 },
  },
  {
    id: PAIR_LINK_SELECTED,
    type: 'line',
    source: PAIRS_SOURCE,
    filter: ['==', ['get', 'key'], ''],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': PAIR_COLOR, 'line-width': 5 },
  },
];

export const OUTLINE_MASK = 'commune-outline-mask';
export const OUTLINE_LINE = 'commune-outline-line';

/** Land outside the commune veiled, its boundary drawn strong. */
export const outlineLayers: LayerSpecification[] = [
  {
    id: OUTLINE_MASK,
    type: 'fill',
    source: OUTLINE_SOURCE,
    filter: ['==', ['get', 'part'], 'mask'],
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.55 },
  },
  {
    id: OUTLINE_LINE,
    type: 'line',
    source: OUTLINE_SOURCE,
    filter: ['==', ['get', 'part'], 'commune'],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#0b4f8a', 'line-width': 3 },
  },
];
