// The offline documentation page of the API at /api/docs: Swagger UI (swagger-ui-dist, served from
// the installed package, never a CDN) reading /api/openapi.json. Its start-up script is a file of
// its own rather than inline, so the page runs under the app's Content-Security-Policy unchanged.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const DOCUMENT_URL = '/api/openapi.json';
export const DOCS_URL = '/api/docs';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** Swagger UI's start: the document of this API, no call to the online validator (it has no network). */
const START_SCRIPT = `// Starts Swagger UI on the API's document (served by /api/docs).
window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(DOCUMENT_URL)},
  dom_id: '#swagger-ui',
  validatorUrl: null,
  deepLinking: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

type Asset = { type: string } & ({ file: string } | { text: string });

/** The files the page loads, by the name under /api/docs/. */
const assets = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', file: 'swagger-ui.css' },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', file: 'swagger-ui-bundle.js' },
  'favicon-32x32.png': { type: 'image/png', file: 'favicon-32x32.png' },
  'start.js': { type: 'text/javascript; charset=utf-8', text: START_SCRIPT },
} satisfies Record<string, Asset>;

export type DocsAsset = keyof typeof assets;
const assetNames = Object.keys(assets) as [DocsAsset, ...DocsAsset[]];

/** The path of GET /api/docs/:asset: one of the page's files. */
export const docsAssetParam = z.object({
  asset: z.enum(assetNames, { error: `expected one of ${assetNames.join(', ')}` }),
});

const loaded = new Map<DocsAsset, Promise<Uint8Array<ArrayBuffer> | string>>();

/** An asset's bytes (read once from the installed package) and its media type. */
export async function docsAsset(
  name: DocsAsset,
): Promise<{ body: Uint8Array<ArrayBuffer> | string; type: string }> {
  const asset: Asset = assets[name];
  let body = loaded.get(name);
  if (!body) {
    body =
      'text' in asset
        ? Promise.resolve(asset.text)
        : readFile(join(swaggerUiDir, asset.file)).then((bytes) => new Uint8Array(bytes));
    loaded.set(name, body);
  }
  return { body: await body, type: asset.type };
}

/** The page itself: a title for the tab, Swagger UI's stylesheet and scripts, nothing inline. */
export function docsPage(title: string): string {
  const escaped = title.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escaped}</title>
    <link rel="icon" type="image/png" href="${DOCS_URL}/favicon-32x32.png" />
    <link rel="stylesheet" href="${DOCS_URL}/swagger-ui.css" />
  </head>
  <body>
    <main id="swagger-ui"><p>Loading the API documentation from <a href="${DOCUMENT_URL}">${DOCUMENT_URL}</a>…</p></main>
    <script src="${DOCS_URL}/swagger-ui-bundle.js"></script>
    <script src="${DOCS_URL}/start.js"></script>
  </body>
</html>
`;
}
