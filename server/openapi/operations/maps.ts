// The read-only /api routes behind the map and the planning view: health, configuration, layers,
// communes, gaps, statistics, glossary, and the places search. Each entry names the schema its
// route validates with.
import { z } from 'zod';
import { AREA_EXAMPLE, areaBody, gapsQuery, placesQuery, whiteZonesQuery } from '../../gaps/params.ts';
import { pointQuery } from '../../here/params.ts';
import { layers } from '../../layers/catalogue.ts';
import { inseeParam, layerQuery } from '../../layers/params.ts';
import { coordinationQuery } from '../../projects/params.ts';
import { searchQuery } from '../../search/routes.ts';
import { nearestQuery } from '../../wifi/routes.ts';
import type { ApiOperation } from '../registry.ts';

const layerIds = layers.map((l) => l.id) as [string, ...string[]];
/** GET /api/layers/:id reads its id from the path and answers 404 for an id not in the catalogue. */
const layerIdParam = z.object({
  id: z.enum(layerIds).describe('a layer of the catalogue (GET /api/layers)'),
});

export const mapOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'Service',
    summary: 'Is the database reachable; the backend and the feature count of each layer',
    description:
      'A balancer probe: 503 `unavailable` when the database does not answer, 503 `draining` while the instance stops.',
    success: { status: 200, description: 'The database answers', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/config',
    tag: 'Service',
    summary: 'What the client needs to know about this deployment (basemap, sample data, data date)',
    success: { status: 200, description: 'The configuration', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/layers',
    tag: 'Layers',
    summary: 'The catalogue of layers: attributes, legend, filters, extent and feature count',
    success: { status: 200, description: 'The catalogue', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/layers/:id',
    tag: 'Layers',
    summary:
      'One layer as a GeoJSON FeatureCollection, within a bbox, a commune, filtered by its enum attributes',
    description:
      'Besides `bbox`, `zoom` and `commune`, each enum filter of the layer (see `filters` in GET /api/layers) is a parameter taking comma-separated values, e.g. `status=active,planned`.',
    params: layerIdParam,
    query: layerQuery,
    example: { params: { id: 'wifi-terminals' }, query: { commune: '98818', zoom: '12' } },
    success: { status: 200, description: 'The features', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/communes',
    tag: 'Communes',
    summary: 'The 33 communes with key counts per layer',
    success: { status: 200, description: 'The communes', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/communes/:insee',
    tag: 'Communes',
    summary: 'One commune as a GeoJSON Feature (its boundary)',
    params: inseeParam,
    example: { params: { insee: '98818' } },
    success: { status: 200, description: 'The commune', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/communes/:insee/coordination',
    tag: 'Communes',
    summary: "Pairs of the commune's projects whose works are close in space and time (works to pool)",
    params: inseeParam,
    query: coordinationQuery,
    example: { params: { insee: '98818' }, query: { distance: '250' } },
    success: { status: 200, description: 'The pairs', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/gaps',
    tag: 'Coverage gaps',
    summary: 'Places a technology does not reach, ranked; totals; as JSON, CSV or GeoJSON',
    query: gapsQuery,
    example: { query: { technology: '4g', commune: '98818', limit: '10' } },
    success: { status: 200, description: 'The ranked gaps', types: ['json', 'csv', 'geojson'] },
  },
  {
    method: 'get',
    path: '/api/gaps/places',
    tag: 'Coverage gaps',
    summary: 'The places (settlements and schools) with what reaches each, as GeoJSON',
    query: placesQuery,
    example: { query: { commune: '98818' } },
    success: { status: 200, description: 'The places', types: ['geojson'] },
  },
  {
    method: 'get',
    path: '/api/gaps/white-zones',
    tag: 'Coverage gaps',
    summary: 'White zones: land no mobile network covers, as GeoJSON',
    query: whiteZonesQuery,
    example: { query: { zoom: '8' } },
    success: { status: 200, description: 'The white zones', types: ['geojson'] },
  },
  {
    method: 'post',
    path: '/api/gaps/area',
    tag: 'Coverage gaps',
    summary: 'Figures of an area: a GeoJSON polygon, or a circle given by its centre and radius',
    body: areaBody,
    example: { body: JSON.parse(AREA_EXAMPLE) as unknown },
    success: { status: 200, description: 'The figures of the area', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/glossary',
    tag: 'Service',
    summary: 'What each figure of the API means, in French and English',
    success: { status: 200, description: 'The terms', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/stats/communes',
    tag: 'Statistics',
    summary: 'Figures of the territory, the provinces and each commune, with the yearly fibre rollout',
    success: { status: 200, description: 'The figures', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/stats/communes/:insee',
    tag: 'Statistics',
    summary: 'Figures of one commune, with its yearly fibre rollout',
    params: inseeParam,
    example: { params: { insee: '98818' } },
    success: { status: 200, description: 'The figures', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/search',
    tag: 'Places',
    summary:
      'Communes, settlements, tribus, Wi-Fi sites and schools by name (accents and case ignored, typos forgiven)',
    query: searchQuery,
    example: { query: { q: 'Koné', limit: '5' } },
    success: { status: 200, description: 'The results, best first', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/wifi/nearest',
    tag: 'Places',
    summary: 'The Wi-Fi terminals nearest a point, by distance on the ground',
    query: nearestQuery,
    example: { query: { lon: '166.45', lat: '-22.27', limit: '3' } },
    success: { status: 200, description: 'The terminals, nearest first', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/here',
    tag: 'Places',
    summary:
      'What a point gets: its commune, fibre, mobile coverage, the nearest Wi-Fi terminal, PO box block and school',
    query: pointQuery,
    example: { query: { lon: '166.45', lat: '-22.27' } },
    success: { status: 200, description: 'What reaches the point', types: ['json'] },
  },
];
