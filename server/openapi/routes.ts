// GET /api/openapi.json (the OpenAPI document of /api) and GET /api/docs (the page showing it, and
// the files of that page, from the installed swagger-ui-dist package: no network needed).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { noQuery, validationHook } from '../validation.ts';
import { docsAsset, docsAssetParam, docsPage } from './docs-page.ts';
import { apiDocument } from './document.ts';
import { MEDIA_TYPES } from './registry.ts';

/** The page's files change with the installed package only: a day in caches, then checked again. */
const ASSET_CACHE = 'public, max-age=86400';

export function openApiRoutes() {
  let documentText: string | undefined;
  return new Hono()
    .get('/openapi.json', noQuery, (c) => {
      documentText ??= JSON.stringify(apiDocument());
      return c.body(documentText, 200, { 'Content-Type': `${MEDIA_TYPES.openapi}; charset=utf-8` });
    })
    .get('/docs', noQuery, (c) => c.html(docsPage('Carte des infrastructures — API')))
    .get('/docs/:asset', zValidator('param', docsAssetParam, validationHook), noQuery, async (c) => {
      const { body, type } = await docsAsset(c.req.valid('param').asset);
      c.header('Cache-Control', ASSET_CACHE);
      return c.body(body, 200, { 'Content-Type': type });
    });
}
