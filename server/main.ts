// The production entry point: one process, one port, serving the API and the built client.
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/connection.ts';
import { exitIfDataDirLocked } from '../db/data-dir-lock.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { createApp } from './app.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch(
  exitIfDataDirLocked(),
);
await prepareDatabase(db);
const { app } = createApp(db, { clientDir: env.CLIENT_DIR, basemapStyleUrl: env.BASEMAP_STYLE_URL ?? null });

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
