// The /api routes between the operator and the others: the public's requests and the comments on
// projects and features, the open data downloads and their list.
import { z } from 'zod';
import { exportQuery } from '../../export/routes.ts';
import { layers } from '../../layers/catalogue.ts';
import {
  commentsQuery,
  newComment,
  newRequest,
  requestAnswer,
  requestsQuery,
} from '../../requests/payloads.ts';
import { idParam as requestIdParam } from '../../requests/routes.ts';
import type { ApiOperation } from '../registry.ts';

const layerIds = layers.map((l) => l.id) as [string, ...string[]];
/** GET /api/export/:layer reads its layer from the path and answers 404 for one not in the catalogue. */
const exportLayerParam = z.object({ layer: z.enum(layerIds).describe('a layer of the catalogue') });

export const exchangeOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/requests',
    tag: 'Requests and comments',
    summary: 'Sends a request about a place (anyone; the public a few an hour per address)',
    body: newRequest,
    roles: 'optional',
    errors: [429],
    example: { body: { lon: 164.86, lat: -21.06, text: 'Pas de 4G à la tribu' } },
    success: { status: 201, description: 'The request, as stored', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/requests',
    tag: 'Requests and comments',
    summary: 'The requests: all of them for planners, its own commune’s for a commune account',
    query: requestsQuery,
    roles: ['admin', 'planner', 'commune'],
    example: { query: { commune: '98818', status: 'new' } },
    success: { status: 200, description: 'The requests, latest first', types: ['json'] },
  },
  {
    method: 'patch',
    path: '/api/requests/:id',
    tag: 'Requests and comments',
    summary: 'Answers a request: its status and a reply',
    params: requestIdParam,
    body: requestAnswer,
    roles: ['planner'],
    success: { status: 200, description: 'Which request was answered', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/comments',
    tag: 'Requests and comments',
    summary: 'Comments on a project or a feature',
    body: newComment,
    roles: ['planner', 'commune'],
    example: {
      body: { layerId: 'projects', featureId: 1, text: 'Tranchée commune possible avec le réseau d’eau ?' },
    },
    success: { status: 201, description: 'The comment, as stored', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/comments',
    tag: 'Requests and comments',
    summary: 'The comments on a project or a feature',
    query: commentsQuery,
    roles: ['admin', 'planner', 'commune'],
    success: { status: 200, description: 'The comments, oldest first', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/export/:layer',
    tag: 'Open data',
    summary: 'A layer as a file: GeoJSON, CSV or GeoPackage, in EPSG:4326 or 3163, by commune and bbox',
    description:
      'The answer names its licence (`X-Licence`) and links to GET /api/opendata (`Link: rel="describedby"`).',
    params: exportLayerParam,
    query: exportQuery,
    example: { params: { layer: 'schools' }, query: { format: 'csv', crs: '3163', commune: '98818' } },
    success: { status: 200, description: 'The file, as an attachment', types: ['geojson', 'csv', 'gpkg'] },
  },
  {
    method: 'get',
    path: '/api/opendata',
    tag: 'Open data',
    summary: 'Every download with its size, source, licence and date, as a data portal lists them',
    success: { status: 200, description: 'The downloads', types: ['json'] },
  },
];
