// The routes of this documentation itself: the OpenAPI document and the page that shows it.
import { docsAssetParam } from '../docs-page.ts';
import type { ApiOperation } from '../registry.ts';

export const documentationOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Documentation',
    summary: 'This document: every /api route, generated from the schemas the routes validate with',
    success: { status: 200, description: 'The OpenAPI 3.0 document', types: ['openapi'] },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'Documentation',
    summary: 'The documentation page (Swagger UI, served with the app: it works offline)',
    success: { status: 200, description: 'The page', types: ['html'] },
  },
  {
    method: 'get',
    path: '/api/docs/:asset',
    tag: 'Documentation',
    summary: 'A file of the documentation page (its stylesheet, scripts, icon)',
    params: docsAssetParam,
    example: { params: { asset: 'start.js' } },
    success: { status: 200, description: 'The file', types: ['css', 'javascript', 'png'] },
  },
];
