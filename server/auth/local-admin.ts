// On the embedded backend the running app owns its data directory, so `npm run user:create` cannot
// open it: the app listens on a Unix socket inside that directory (mode 0600, so only this machine's
// owner of the data reaches it) and makes the account itself. Nothing else is served there.
import { getRequestListener } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Database } from '../../db/connection.ts';
import { onError, onNotFound } from '../errors.ts';
import { validationHook } from '../validation.ts';
import { createAccount } from './accounts.ts';
import { newAccount } from './payloads.ts';

export const LOCAL_ADMIN_SOCKET = 'admin.sock';

export const localAdminSocket = (dataDir: string) => join(dataDir, LOCAL_ADMIN_SOCKET);

export function localAdminApp(db: Database) {
  const app = new Hono().post('/accounts', zValidator('json', newAccount, validationHook), async (c) =>
    c.json({ account: await createAccount(db, c.req.valid('json')) }, 201),
  );
  app.notFound(onNotFound);
  app.onError(onError);
  return app;
}

export async function startLocalAdmin(db: Database, dataDir: string): Promise<{ close(): void }> {
  const path = localAdminSocket(dataDir);
  rmSync(path, { force: true }); // a socket left by an app that died; the data-dir lock is ours
  const server = createServer(getRequestListener(localAdminApp(db).fetch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close() {
      server.close();
      rmSync(path, { force: true });
    },
  };
}
