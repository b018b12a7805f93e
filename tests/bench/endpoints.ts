// API endpoints over HTTP against the query functions they call, run directly on the database.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/connection.ts';
import { createApp } from '../../server/app.ts';
import { medianMs } from './stats.ts';

export interface EndpointCase {
  name: string;
  /** Path under the server, and the request options (POST bodies). */
  path: string;
  init?: RequestInit;
  /** The same work without HTTP: the query functions the handler calls. */
  direct: (db: Database) => Promise<unknown>;
}

export interface EndpointRow {
  name: string;
  httpMs: number;
  sqlMs: number;
  bytes: number;
}

export async function benchEndpoints(
  db: Database,
  cases: EndpointCase[],
  runs: number,
): Promise<EndpointRow[]> {
  const { app } = createApp(db);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: EndpointRow[] = [];
  try {
    for (const c of cases) {
      let bytes = 0;
      const httpMs = await medianMs(runs, async () => {
        const res = await fetch(`${base}${c.path}`, c.init);
        if (!res.ok) throw new Error(`${c.path}: HTTP ${res.status}`);
        bytes = (await res.arrayBuffer()).byteLength;
      });
      const sqlMs = await medianMs(runs, () => c.direct(db));
      rows.push({ name: c.name, httpMs, sqlMs, bytes });
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return rows;
}
