// The /api routes that change data: features of the editable layers, projects, imports. Writes
// need a planner (projects: a commune account too, in its own commune) and If-Match on a change.
import { z } from 'zod';
import { featureParams, FEATURE_EXAMPLE, layerParam, restoreBody } from '../../edits/routes.ts';
import { EDITABLE_LAYERS, featureChangeOf, newFeatureOf } from '../../edits/layer-payloads.ts';
import { newProject, projectChange } from '../../edits/project-payloads.ts';
import { importOptions } from '../../imports/import-options.ts';
import { idParam as importIdParam } from '../../imports/routes.ts';
import { projectIdParam, projectsQuery } from '../../projects/params.ts';
import type { ApiOperation } from '../registry.ts';

const perLayer = (schemaOf: (layer: (typeof EDITABLE_LAYERS)[number]) => z.ZodType) => ({
  variants: Object.fromEntries(EDITABLE_LAYERS.map((layer) => [layer, schemaOf(layer)])),
});
/** The import routes read their id from the path with this one schema. */
const importParams = z.object({ id: importIdParam });
const PROJECT_CHANGE = { properties: { status: 'works', actualStart: '2026-07-01' } };
const NEW_TERMINAL = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [166.4406, -22.2758] },
  properties: {
    siteName: 'Place des Cocotiers',
    status: 'planned',
    openingHours: '6h-22h',
    inServiceSince: null,
  },
};
const NEW_PROJECT = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [166.4406, -22.2758] },
  properties: {
    title: 'Raccordement fibre de la place des Cocotiers',
    communeInsee: '98818',
    kind: 'fibre_works',
    organisation: 'Opérateur télécom et postal',
    status: 'planned',
    plannedStart: '2027-03-01',
    plannedEnd: '2027-06-30',
    actualStart: null,
    actualEnd: null,
    slippageReason: null,
    publicNotes: '',
  },
};

export const editingOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/layers/:layer/features/:id',
    tag: 'Features',
    summary: 'One feature of a layer as GeoJSON, its version as ETag',
    params: featureParams,
    example: { params: { layer: 'wifi-terminals', id: '1' } },
    success: { status: 200, description: 'The feature', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/layers/:layer/features/:id/history',
    tag: 'Features',
    summary: 'The history of a feature: every version, who made it, when, from where',
    params: featureParams,
    roles: ['admin', 'planner', 'commune'],
    success: { status: 200, description: 'The history, oldest first', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/layers/:layer/deleted',
    tag: 'Features',
    summary: 'The deleted features of an editable layer, to restore',
    params: layerParam,
    roles: ['planner'],
    errors: [405],
    success: { status: 200, description: 'The deleted features', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/layers/:layer/features/:id/restore',
    tag: 'Features',
    summary: 'Restores a feature to a version of its history (a deleted one comes back)',
    params: featureParams,
    body: restoreBody,
    roles: ['planner'],
    ifMatch: 'when-present',
    errors: [405],
    success: { status: 200, description: 'The restored feature', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/layers/:layer/features',
    tag: 'Features',
    summary: 'Creates a feature in an editable layer; the body follows that layer’s schema',
    params: layerParam,
    body: perLayer(newFeatureOf),
    roles: ['planner'],
    errors: [405],
    example: { params: { layer: 'wifi-terminals' }, body: NEW_TERMINAL },
    success: { status: 201, description: 'The created feature, its URL as Location', types: ['json'] },
  },
  {
    method: 'patch',
    path: '/api/layers/:layer/features/:id',
    tag: 'Features',
    summary: 'Changes a feature’s properties, its geometry, or both',
    params: featureParams,
    body: perLayer(featureChangeOf),
    roles: ['planner'],
    ifMatch: 'required',
    errors: [405],
    example: { params: { layer: 'wifi-terminals', id: '1' }, body: JSON.parse(FEATURE_EXAMPLE) as unknown },
    success: { status: 200, description: 'The changed feature', types: ['json'] },
  },
  {
    method: 'delete',
    path: '/api/layers/:layer/features/:id',
    tag: 'Features',
    summary: 'Deletes a feature (its history keeps it, to restore)',
    params: featureParams,
    roles: ['planner'],
    ifMatch: 'required',
    errors: [405],
    success: { status: 200, description: 'What was deleted', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/projects',
    tag: 'Projects',
    summary: 'Works projects as GeoJSON, by commune, status, kind and period',
    query: projectsQuery,
    example: { query: { commune: '98818', status: 'works,delayed' } },
    success: { status: 200, description: 'The projects', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/projects/:id',
    tag: 'Projects',
    summary: 'One project as a GeoJSON Feature, its version as ETag',
    params: projectIdParam,
    success: { status: 200, description: 'The project', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/projects/:id/history',
    tag: 'Projects',
    summary: 'The history of a project',
    params: projectIdParam,
    roles: ['admin', 'planner', 'commune'],
    success: { status: 200, description: 'The history, oldest first', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/projects',
    tag: 'Projects',
    summary: 'Creates a project (a commune account: in its own commune)',
    body: newProject,
    roles: ['planner', 'commune'],
    example: { body: NEW_PROJECT },
    success: { status: 201, description: 'The created project', types: ['geojson'] },
  },
  {
    method: 'patch',
    path: '/api/projects/:id',
    tag: 'Projects',
    summary: 'Changes a project’s properties, its geometry, or both',
    params: projectIdParam,
    body: projectChange,
    roles: ['planner', 'commune'],
    ifMatch: 'required',
    example: { params: { id: '1' }, body: PROJECT_CHANGE },
    success: { status: 200, description: 'The changed project', types: ['geojson'] },
  },
  {
    method: 'delete',
    path: '/api/projects/:id',
    tag: 'Projects',
    summary: 'Deletes a project',
    params: projectIdParam,
    roles: ['planner', 'commune'],
    ifMatch: 'required',
    success: { status: 200, description: 'What was deleted', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/imports',
    tag: 'Imports',
    summary: 'Imports a file (GeoJSON, zipped Shapefile, GeoPackage, CSV, KML…) into a layer',
    description:
      'The report answers as JSON; with `Accept: application/x-ndjson` the progress streams first, one JSON line per step, then the report (or the error) as the last line. One import at a time per instance (429 otherwise).',
    multipart: {
      parts: {
        file: { description: 'the file to import' },
        options: { description: 'the import options, as JSON text', schema: importOptions },
      },
    },
    roles: ['planner', 'admin'],
    errors: [413, 415, 429],
    success: { status: 200, description: 'The import report', types: ['json', 'ndjson'] },
  },
  {
    method: 'get',
    path: '/api/imports',
    tag: 'Imports',
    summary: 'The last 100 imports, with the limits of an import',
    roles: ['planner', 'admin'],
    success: { status: 200, description: 'The imports, latest first', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/imports/:id',
    tag: 'Imports',
    summary: 'One import with the changes it made',
    params: importParams,
    roles: ['planner', 'admin'],
    success: { status: 200, description: 'The import', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/imports/:id/undo',
    tag: 'Imports',
    summary: 'Reverses an import: what it added goes, what it changed comes back',
    params: importParams,
    roles: ['planner', 'admin'],
    success: { status: 200, description: 'What was undone', types: ['json'] },
  },
];
