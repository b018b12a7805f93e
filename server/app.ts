// The HTTP application: API areas mounted under /api, the built client at /, one error path.
import { exportRoutes, openDataRoutes } from './export/routes.ts';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { existsSync } from 'node:fs';
import type { Database } from '../db/connection.ts';
import { currentAccount } from './auth/current-account.ts';
import { authRoutes } from './auth/routes.ts';
import { sameOriginWrites } from './auth/same-origin.ts';
import { communeRoutes } from './communes/routes.ts';
import { configRoutes } from './config/routes.ts';
import { drainState, healthWhileDraining, type DrainState } from './drain.ts';
import { onError, onNotFound } from './errors.ts';
import { gapRoutes } from './gaps/routes.ts';
import { glossaryRoutes } from './glossary/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { hereRoutes } from './here/routes.ts';
import { allowedMethods } from './http/allowed-methods.ts';
import { defaultCacheControl, varyOnAcceptEncoding } from './http/cache-control.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { layerRoutes } from './layers/routes.ts';
import { ogcRoutes } from './ogc/routes.ts';
import { openApiRoutes } from './openapi/routes.ts';
import { tileRoutes } from './tiles/routes.ts';
import { featureRoutes } from './edits/routes.ts';
import { Admission, admitted } from './limits/admission.ts';
import { bodySizeLimits } from './limits/body-size.ts';
import { requestDeadline } from './limits/deadline.ts';
import { importRoutes } from './imports/routes.ts';
import { defaultLimits, HEAVY_ROUTES, type Limits } from './limits/limits.ts';
import { OutageGuard } from './limits/outage.ts';
import { projectRoutes } from './projects/routes.ts';
import { commentRoutes, requestRoutes } from './requests/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { statsRoutes } from './stats/routes.ts';
import { wifiRoutes } from './wifi/routes.ts';

export interface AppOptions {
  /** Directory of the built client; not served when absent (API-only, e.g. in tests). */
  clientDir?: string | undefined;
  basemapStyleUrl?: string | null | undefined;
  /** Set by the entry point: /api/health answers 503 while the instance drains. */
  drain?: DrainState | undefined;
  /** Time budgets and admission; the defaults suit the backend (server/limits/limits.ts). */
  limits?: Partial<Limits> | undefined;
}

/** A balancer's request id is kept when it is this short and made of [A-Za-z0-9_=-]. */
const REQUEST_ID_MAX_LENGTH = 64;

export function createApp(db: Database, options: AppOptions = {}) {
  const limits = defaultLimits(db, options.limits);
  const api = new Hono()
    .use(varyOnAcceptEncoding())
    .use(compress())
    // Weak: the compressed body keeps the tag of the uncompressed one, and so does its 304.
    .use(etag({ weak: true }))
    .use('/health', healthWhileDraining(options.drain ?? drainState()))
    .route('/health', healthRoutes(db, limits.healthTimeoutMs))
    .route('/auth', authRoutes(db))
    .route('/config', configRoutes(db, options.basemapStyleUrl ?? null))
    .route('/layers', layerRoutes(db))
    .route('/layers', featureRoutes(db))
    .route('/communes', communeRoutes(db))
    .route('/gaps', gapRoutes(db))
    .route('/glossary', glossaryRoutes())
    .route('/stats', statsRoutes(db))
    .route('/projects', projectRoutes(db))
    .route('/requests', requestRoutes(db))
    .route('/comments', commentRoutes(db))
    .route('/search', searchRoutes(db))
    .route('/wifi', wifiRoutes(db))
    .route('/here', hereRoutes(db))
    .route('/export', exportRoutes(db))
    .route('/opendata', openDataRoutes(db))
    .route('/imports', importRoutes(db))
    .route('/', openApiRoutes());

  // Checked in this order before any work: size of the body, time budget, the database known to
  // be away (fail fast), a turn for heavy routes.
  const app = new Hono();
  app.use(requestId({ limitLength: REQUEST_ID_MAX_LENGTH }));
  app.use(securityHeaders({ basemapStyleUrl: options.basemapStyleUrl }));
  app.use(defaultCacheControl());
  app.use('/api/*', allowedMethods(app));
  app.use('/api/*', bodySizeLimits());
  // An import takes its time (it streams its progress): it has no deadline of its own.
  app.use('/api/*', requestDeadline(limits.requestTimeoutMs, ['POST /api/imports']));
  app.use('/api/*', new OutageGuard(db).middleware(['/api/health']));
  app.use('/api/*', admitted(new Admission(limits.heavy), HEAVY_ROUTES));
  // Writes from this site only, then who is asking (a session cookie's account, or the public).
  app.use('/api/*', sameOriginWrites());
  app.use('/api/*', currentAccount(db));
  app.route('/api', api);
  app.route('/ogc', ogcRoutes(db, limits));
  app.route('/tiles', tileRoutes(db, limits));
  app.all('/api/*', (c) => onNotFound(c));
  app.notFound(onNotFound);
  app.onError(onError);

  const clientDir = options.clientDir;
  if (clientDir && existsSync(clientDir)) app.all('*', staticFiles(clientDir));
  return { app, api };
}

export type AppType = ReturnType<typeof createApp>['api'];
