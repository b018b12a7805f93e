// Fast failure while the database server is away. Without it every request of an outage queues
// in the driver for a connection attempt of its own (postgres.js makes one per connection at a
// time, with a back-off), so answers took seconds to come. When a request fails for want of the
// database, the server is known down at once if it refused a connection, or after one probe if
// a connection broke (one terminated session is no outage). While down, requests are answered
// 503 at once, those already waiting are answered 503 too, and a probe on the health check's own
// connection watches for the server's return: its first success lets requests through again.
import { sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { setMaxListeners } from 'node:events';
import type { Database } from '../../db/connection.ts';
import { cannotConnect, databaseFault } from '../../db/faults.ts';
import { retryLaterError } from '../errors.ts';

/** How often the probe asks whether the server is back. */
export const OUTAGE_PROBE_EVERY_MS = 200;

const outageDetail = 'the database is unavailable right now; try again in a few seconds';

export class OutageGuard {
  private state: 'up' | 'suspect' | 'down' = 'up';
  private probing: NodeJS.Timeout | undefined;
  /** Aborted when the server is found down: the requests waiting on it are answered then. */
  private outage = OutageGuard.controller();

  constructor(
    private readonly db: Database,
    private readonly probeEveryMs = OUTAGE_PROBE_EVERY_MS,
  ) {}

  /** Every request in flight listens to its signal: more than node's default warning limit of 10. */
  private static controller(): AbortController {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    return controller;
  }

  get up(): boolean {
    return this.state === 'up';
  }

  /** A request failed for want of the database. */
  report(err: unknown): void {
    if (this.state === 'down') return;
    if (cannotConnect(err)) return this.markDown();
    if (this.state === 'suspect') return;
    this.state = 'suspect';
    void this.probe().then((up) => (up ? this.recover() : this.markDown()));
  }

  private async probe(): Promise<boolean> {
    try {
      await this.db.rows(sql`SELECT 1 AS up`, this.db.probe);
      return true;
    } catch {
      return false;
    }
  }

  private markDown(): void {
    if (this.state === 'down') return;
    this.state = 'down';
    this.outage.abort();
    let inFlight = false;
    this.probing = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      void this.probe()
        .then((up) => up && this.recover())
        .finally(() => (inFlight = false));
    }, this.probeEveryMs);
    this.probing.unref();
  }

  private recover(): void {
    clearInterval(this.probing);
    this.probing = undefined;
    if (this.outage.signal.aborted) this.outage = OutageGuard.controller();
    this.state = 'up';
  }

  /** Guards every route but `except` (the health check, which reports the truth itself). */
  middleware(except: readonly string[] = []): MiddlewareHandler {
    const open = new Set(except);
    return async (c, next) => {
      if (open.has(c.req.path)) return next();
      if (!this.up) throw retryLaterError('unavailable', outageDetail);
      const signal = this.outage.signal;
      let onAbort: (() => void) | undefined;
      const down = new Promise<never>((_, reject) => {
        onAbort = () => reject(retryLaterError('unavailable', outageDetail));
        signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        await Promise.race([next(), down]);
      } finally {
        if (onAbort) signal.removeEventListener('abort', onAbort);
      }
      if (c.error && databaseFault(c.error) === 'unavailable') this.report(c.error);
    };
  }
}
