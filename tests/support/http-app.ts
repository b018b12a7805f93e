// The app on a real HTTP port of 127.0.0.1, over a database the caller opened: for tests and
// benchmarks that time answers as a client sees them (fault and load tests).
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/connection.ts';
import { createApp, type AppOptions } from '../../server/app.ts';

export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

export async function serveApp(db: Database, options: AppOptions = {}): Promise<ServedApp> {
  const { app } = createApp(db, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open until they time out.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export interface Timed {
  status: number;
  ms: number;
  headers: Headers;
  text: string;
}

/** One request, its status, headers, body and how long the whole answer took. */
export async function timedFetch(url: string, init?: RequestInit): Promise<Timed> {
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, ms: performance.now() - started, headers: res.headers, text };
}
