// On the embedded backend the running app owns its data directory, so `npm run user:create` cannot
// open it: the app listens on a Unix socket inside that directory (mode 0600, so only this machine's
// owner of the data reaches it) and makes the account, or the import (`npm run import`), itself. Nothing else is served there.
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
import { importAs } from '../imports/import-as.ts';
import { importOptions } from '../imports/import-options.ts';
import { z } from 'zod';

/** An import asked by `npm run import` while the app holds the data directory: the file in base64. */
const localImport = z.strictObject({
  email: z.string().min(3).max(254),
  name: z.string().min(1).max(255),
  file: z.string().max(100 * 1024 * 1024),
  options: importOptions,
});

export const LOCAL_ADMIN_SOCKET = 'admin.sock';

export const localAdminSocket = (dataDir: string) => join(dataDir, LOCAL_ADMIN_SOCKET);

export function localAdminApp(db: Database) {
  const app = new Hono()
    .post('/accounts', zValidator('json', newAccount, validationHook), async (c) =>
      c.json({ account: await createAccount(db, c.req.valid('json')) }, 201),
    )
    .post('/imports', zValidator('json', localImport, validationHook), async (c) => {
      const { email, name, file, options } = c.req.valid('json');
      const bytes = new Uint8Array(Buffer.from(file, 'base64'));
      return c.json({ report: await importAs(db, email, { name, bytes }, options) });
    });
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
