// The HTTP application: API areas mounted under /api, the built client at /, one error path.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { Database } from '../db/connection.ts';
import { communeRoutes } from './communes/routes.ts';
import { configRoutes } from './config/routes.ts';
import { drainState, healthWhileDraining, type DrainState } from './drain.ts';
import { onError, onNotFound } from './errors.ts';
import { gapRoutes } from './gaps/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { hereRoutes } from './here/routes.ts';
import { layerRoutes } from './layers/routes.ts';
import { projectRoutes } from './projects/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { statsRoutes } from './stats/routes.ts';
import { wifiRoutes } from './wifi/routes.ts';

export interface AppOptions {
  /** Directory of the built client; not served when absent (API-only, e.g. in tests). */
  clientDir?: string | undefined;
  basemapStyleUrl?: string | null | undefined;
  /** Set by the entry point: /api/health answers 503 while the instance drains. */
  drain?: DrainState | undefined;
}

export function createApp(db: Database, options: AppOptions = {}) {
  const api = new Hono()
    .use(compress())
    .use(etag())
    .use('/health', healthWhileDraining(options.drain ?? drainState()))
    .route('/health', healthRoutes(db))
    .route('/config', configRoutes(db, options.basemapStyleUrl ?? null))
    .route('/layers', layerRoutes(db))
    .route('/communes', communeRoutes(db))
    .route('/gaps', gapRoutes(db))
    .route('/stats', statsRoutes(db))
    .route('/projects', projectRoutes(db))
    .route('/search', searchRoutes(db))
    .route('/wifi', wifiRoutes(db))
    .route('/here', hereRoutes(db));

  const app = new Hono().route('/api', api);
  app.all('/api/*', (c) => onNotFound(c));
  app.notFound(onNotFound);
  app.onError(onError);

  const clientDir = options.clientDir;
  if (clientDir && existsSync(clientDir)) {
    // serveStatic resolves `root` against the working directory.
    const root = relative(process.cwd(), clientDir) || '.';
    app.use('/assets/*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.get('*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return { app, api };
}

export type AppType = ReturnType<typeof createApp>['api'];
