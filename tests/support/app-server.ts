// The whole app on a real HTTP port, over the seeded embedded database: for browser tests.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { openTestDatabase, type TestDatabase } from './databases.ts';

export interface RunningApp {
  url: string;
  /** The app's database, for what a test sets up server-side (e.g. an account). */
  db: TestDatabase;
  close(): Promise<void>;
}

export interface AppServerOptions {
  clientDir?: string;
  /** Sees every request the server answered, with its answer: what a browser really sent and got. */
  onRequest?: (request: Request, response: Response) => void;
}

export async function startAppServer(options: AppServerOptions = {}): Promise<RunningApp> {
  const db = await openTestDatabase('embedded', 'seeded');
  const clientDir = options.clientDir ?? new URL('../../dist/client', import.meta.url).pathname;
  const { app } = createApp(db, { clientDir });
  const { onRequest } = options;
  const fetch: typeof app.fetch = onRequest
    ? async (request, ...rest) => {
        const response = await app.fetch(request, ...rest);
        onRequest(request, response);
        return response;
      }
    : app.fetch;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.dispose();
    },
  };
}
