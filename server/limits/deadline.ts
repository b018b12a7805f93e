// A time budget per request: past it the client gets a 503 with Retry-After instead of waiting.
// On the server backend statement_timeout cuts the statement itself; PGlite cannot cancel a
// running statement, so there the deadline answers the client and the statement runs out alone.
// The signal lets the work still queued (the admission queue) leave once nobody waits for it.
import type { MiddlewareHandler } from 'hono';
import { retryLaterError } from '../errors.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Aborted when the request's time budget is spent. */
    deadline: AbortSignal;
  }
}

export function requestDeadline(ms: number, exempt: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (exempt.includes(`${c.req.method} ${c.req.path}`)) return next();
    const controller = new AbortController();
    c.set('deadline', controller.signal);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          retryLaterError('timeout', `the request did not finish within ${ms / 1000} s; try again later`),
        );
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Runs `work` for at most `ms`; past that, throws the error `onExpiry` makes. */
export async function within<T>(ms: number, work: Promise<T>, onExpiry: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onExpiry()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
