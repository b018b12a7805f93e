// Graceful shutdown, so that an instance behind a load balancer can be stopped without failing
// its users (issue #8, several instances): on SIGTERM or SIGINT it stops taking connections,
// /api/health says "draining", the requests in flight finish within a grace period, idle
// keep-alive connections close, then the database pool closes.
import type { MiddlewareHandler } from 'hono';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { errorBody } from './errors.ts';

/** Whether this instance is shutting down; the health check reads it. */
export interface DrainState {
  readonly draining: boolean;
  begin(): void;
}

export function drainState(): DrainState {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    begin: () => {
      draining = true;
    },
  };
}

/**
 * In front of /api/health: 503 `{ status: "draining" }` while shutting down, so that a balancer
 * still holding a connection takes the instance out instead of sending it more work.
 */
export function healthWhileDraining(state: DrainState): MiddlewareHandler {
  return async (c, next) => {
    if (!state.draining) return next();
    c.header('Cache-Control', 'no-store');
    return c.json({ ...errorBody(503, 'this instance is shutting down'), status: 'draining' as const }, 503);
  };
}

export interface DrainOptions {
  server: Server;
  state: DrainState;
  /** How long the requests in flight may take before their connections are cut. */
  graceMs: number;
  closeDatabase: () => Promise<void>;
  log?: (line: string) => void;
}

/**
 * Counts the requests in flight and, once draining, makes every answer the last one on its
 * connection (`Connection: close`), so that keep-alive clients reconnect to another instance.
 */
function trackRequests(server: Server, state: DrainState) {
  const inFlight = new Set<ServerResponse>();
  const lastOnConnection = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // An answer whose headers went out before the drain kept its connection alive: close it
      // now that it is idle, instead of waiting for the keep-alive timeout.
      if (state.draining) server.closeIdleConnections();
    });
    if (state.draining) lastOnConnection(res);
  });
  return {
    get count() {
      return inFlight.size;
    },
    closeAfterAnswer: () => inFlight.forEach(lastOnConnection),
  };
}

/**
 * Installs the drain on SIGTERM and SIGINT; `onDrained` runs once the server and the pool are
 * closed (the entry point exits there). A second signal while draining cuts the requests left.
 */
export function drainOnSignals(options: DrainOptions, onDrained: (exitCode: number) => void): void {
  const { server, state, graceMs, closeDatabase, log = console.log } = options;
  const requests = trackRequests(server, state);

  async function drain(signal: NodeJS.Signals) {
    if (state.draining) {
      log(`${signal} again: cutting ${requests.count} requests in flight now`);
      server.closeAllConnections();
      return;
    }
    const started = Date.now();
    state.begin();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // server.close() stops listening; connections idle between requests go now, busy ones after
    // their answer.
    server.closeIdleConnections();
    requests.closeAfterAnswer();
    log(
      `${signal}: draining, new connections refused, ${requests.count} requests in flight, grace ${graceMs} ms`,
    );

    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace over'>((resolve) => {
      timer = setTimeout(() => resolve('grace over'), graceMs);
    });
    if ((await Promise.race([closed, graceOver])) === 'grace over') {
      log(`grace of ${graceMs} ms over: cutting ${requests.count} requests still in flight`);
      server.closeAllConnections();
      await closed;
    } else {
      clearTimeout(timer);
      log(`requests in flight finished, connections closed in ${Date.now() - started} ms`);
    }
    try {
      await closeDatabase();
      log('database pool closed; exiting');
      onDrained(0);
    } catch (err) {
      log(`closing the database pool failed (${String(err)}); exiting`);
      onDrained(1);
    }
  }

  process.on('SIGTERM', () => void drain('SIGTERM'));
  process.on('SIGINT', () => void drain('SIGINT'));
}
