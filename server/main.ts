// The production entry point: one process, one port, serving the API and the built client.
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/connection.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { createApp } from './app.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const db = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
  connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
});
await prepareDatabase(db);
const { app } = createApp(db, {
  clientDir: env.CLIENT_DIR,
  basemapStyleUrl: env.BASEMAP_STYLE_URL ?? null,
  limits: { requestTimeoutMs: env.REQUEST_TIMEOUT_MS },
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`map on http://localhost:${info.port} (${db.backend} database)`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
