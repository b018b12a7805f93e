// The production entry point: one process, one port, serving the API and the built client.
import { serve } from '@hono/node-server';
import { Server } from 'node:http';
import { openDatabase } from '../db/connection.ts';
import { dataDirPath, exitIfDataDirLocked } from '../db/data-dir-lock.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { createApp } from './app.ts';
import { startLocalAdmin } from './auth/local-admin.ts';
import { drainOnSignals, drainState } from './drain.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const db = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
  connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
}).catch(exitIfDataDirLocked());
await prepareDatabase(db);
// The embedded data directory is this process's: `npm run user:create` reaches it through here.
const embeddedDir = db.backend === 'embedded' ? dataDirPath(env.DATA_DIR) : undefined;
const localAdmin = embeddedDir ? await startLocalAdmin(db, embeddedDir) : undefined;
const drain = drainState();
const { app } = createApp(db, {
  clientDir: env.CLIENT_DIR,
  basemapStyleUrl: env.BASEMAP_STYLE_URL ?? null,
  drain,
  limits: { requestTimeoutMs: env.REQUEST_TIMEOUT_MS },
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`map on http://localhost:${info.port} (${db.backend} database)`);
});
if (!(server instanceof Server)) throw new Error('expected an HTTP/1.1 server');

// SIGTERM (a deployment stopping this instance) or SIGINT: finish what is in flight, then exit.
drainOnSignals(
  {
    server,
    state: drain,
    graceMs: env.DRAIN_GRACE_MS,
    closeDatabase: () => (localAdmin?.close(), db.close()),
  },
  (exitCode) => process.exit(exitCode),
);
