// Admission control for the heavy routes (area analysis, the ranked gaps and their exports): at
// most a few run at once and a few more wait; the rest are refused at once with 503 + Retry-After.
// The server pool then always has connections left for everyone else, and on PGlite, whose one
// connection runs statements one at a time, a burst of heavy requests cannot queue up behind it.
import type { MiddlewareHandler } from 'hono';
import { retryLaterError } from '../errors.ts';

export interface AdmissionLimits {
  /** Heavy requests running at once. */
  concurrent: number;
  /** Heavy requests waiting for a turn; one more is refused. */
  queued: number;
}

export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  /** Resolves when the caller may run, false when refused (queue full) or given up on (signal). */
  async enter(signal?: AbortSignal): Promise<boolean> {
    if (this.running < this.limits.concurrent) {
      this.running++;
      return true;
    }
    if (this.waiting.length >= this.limits.queued || signal?.aborted) return false;
    return new Promise<boolean>((resolve) => {
      const turn = () => {
        signal?.removeEventListener('abort', leave);
        // Given up on between the hand-over and this turn: pass the slot on.
        if (signal?.aborted) {
          this.leave();
          resolve(false);
        } else resolve(true);
      };
      const leave = () => {
        const at = this.waiting.indexOf(turn);
        if (at < 0) return; // the slot is on its way: turn() hands it on
        this.waiting.splice(at, 1);
        resolve(false);
      };
      this.waiting.push(turn);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }

  /**
   * Hands the slot to the next in line, or frees it. The next one starts after the event loop has
   * polled for I/O: on PGlite a heavy request's statements run on this thread and resolve through
   * promises only, so a turn handed over at once would let the whole queue run back to back while
   * a health probe (or any light request) sat unread in its socket until the burst was over.
   */
  leave(): void {
    const next = this.waiting.shift();
    if (next) setImmediate(next);
    else this.running--;
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Admits the requests of `routes` (`METHOD /path`) through `admission`; others pass. */
export function admitted(admission: Admission, routes: readonly string[]): MiddlewareHandler {
  const heavy = new Set(routes);
  return async (c, next) => {
    if (!heavy.has(`${c.req.method} ${c.req.path}`)) return next();
    const deadline = c.get('deadline');
    if (!(await admission.enter(deadline))) {
      // A request whose deadline passed while it waited is answered by the deadline itself: an
      // error thrown now would replace that answer (hono lets an error overwrite a response).
      if (deadline?.aborted) return;
      // Read the (size-limited) body first: answering before it is read would leave the client
      // writing into a socket the server resets, and it would see a network error, not the 503.
      await c.req.raw.arrayBuffer().catch(() => undefined);
      throw retryLaterError('unavailable', 'too many heavy requests at once; try again in a few seconds');
    }
    try {
      await next();
    } finally {
      admission.leave();
    }
  };
}
