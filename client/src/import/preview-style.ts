// How a dry run's preview is drawn (issue 11 item 4): features to add in green, an updated
// feature's old shape in grey dashes and its new one in blue, rejected features in red; areas,
// lines and points alike. Ids in one place for the map, its key and the browser tests.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ImportReport } from './import-api.ts';

export type PreviewChange = ImportReport['preview']['features'][number]['properties']['change'];

export const PREVIEW_SOURCE = 'import-preview';
export const PREVIEW_LAYERS = {
  fill: 'import-preview-fill',
  before: 'import-preview-before',
  beforePoints: 'import-preview-before-points',
  lines: 'import-preview-lines',
  points: 'import-preview-points',
} as const;

/** Bottom to top: the old shapes under the new ones, the rejected on top. */
export const PREVIEW_CHANGES: readonly PreviewChange[] = ['before', 'after', 'added', 'rejected'];

/** Strong enough against the basemap's land and sea, and at AA contrast with white for the key. */
export const previewColors: Record<PreviewChange, string> = {
  added: '#15803d',
  before: '#4b5563',
  after: '#1d4ed8',
  rejected: '#b91c1c',
};

const changeColor = [
  'match',
  ['get', 'change'],
  ...Object.entries(previewColors).flat(),
  '#4b5563',
] as unknown as ExpressionSpecification;
const isBefore: ExpressionSpecification = ['==', ['get', 'change'], 'before'];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const sortKey = [
  'index-of',
  ['get', 'change'],
  ['literal', PREVIEW_CHANGES],
] as unknown as ExpressionSpecification;

export const previewLayers: readonly LayerSpecification[] = [
  {
    id: PREVIEW_LAYERS.fill,
    type: 'fill',
    source: PREVIEW_SOURCE,
    filter: ['all', isArea, ['!', isBefore]],
    layout: { 'fill-sort-key': sortKey },
    paint: { 'fill-color': changeColor, 'fill-opacity': 0.25 },
  },
  {
    id: PREVIEW_LAYERS.before,
    type: 'line',
    source: PREVIEW_SOURCE,
    filter: ['all', ['!', isPoint], isBefore],
    paint: { 'line-color': previewColors.before, 'line-width': 2, 'line-dasharray': [2, 2] },
  },
  {
    id: PREVIEW_LAYERS.lines,
    type: 'line',
    source: PREVIEW_SOURCE,
    filter: ['all', ['!', isPoint], ['!', isBefore]],
    layout: { 'line-sort-key': sortKey },
    paint: { 'line-color': changeColor, 'line-width': 2.5 },
  },
  {
    id: PREVIEW_LAYERS.beforePoints,
    type: 'circle',
    source: PREVIEW_SOURCE,
    filter: ['all', isPoint, isBefore],
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': 2,
      'circle-stroke-color': previewColors.before,
    },
  },
  {
    id: PREVIEW_LAYERS.points,
    type: 'circle',
    source: PREVIEW_SOURCE,
    filter: ['all', isPoint, ['!', isBefore]],
    layout: { 'circle-sort-key': sortKey },
    paint: {
      'circle-radius': 7,
      'circle-color': changeColor,
      'circle-stroke-width': 1.5,
      'circle-stroke-color': '#ffffff',
    },
  },
];
