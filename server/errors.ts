// One error path: expected failures are HTTPExceptions with a JSON body { error, detail };
// a database that is away or too slow is a 503 with Retry-After; anything else is logged once
// (one bounded line) and answered with a generic 500 that leaks no stack trace or SQL. Every
// error body carries the request id of the X-Request-Id header, for a user to quote.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type {} from 'hono/request-id';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { databaseFault, type DatabaseFault } from '../db/faults.ts';
import { logFailure } from './error-log.ts';
import { nameExcerpt } from './excerpt.ts';

export interface ErrorBody {
  error: string;
  detail: string;
  /** What was wrong: a query or path parameter, a body member's path, or `body`; on every 400. */
  parameter?: string;
}

const codes: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  409: 'conflict',
  412: 'precondition_failed',
  415: 'unsupported_media_type',
  428: 'precondition_required',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'unavailable',
};

export function errorBody(status: number, detail: string, parameter?: string): ErrorBody {
  return { error: codes[status] ?? 'error', detail, ...(parameter ? { parameter } : {}) };
}

/** An expected failure: `throw httpError(400, 'zoom must be …', 'zoom')`. A 400 must name its parameter. */
export function httpError<Status extends ContentfulStatusCode>(
  status: Status,
  detail: string,
  ...[parameter]: Status extends 400 ? [parameter: string] : [parameter?: string]
): HTTPException {
  const body = errorBody(status, detail, parameter);
  return new HTTPException(status, {
    message: detail,
    res: new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }),
  });
}

/** Seconds a client should wait before trying again, per kind of 503. */
export const RETRY_AFTER_S: Record<DatabaseFault, number> = { unavailable: 2, timeout: 5 };

/**
 * A 503 the client may retry: the database is away or busy (`unavailable`), or the request ran
 * out of its time budget (`timeout`). A 503 rather than a 504: this app is the origin, not a
 * gateway, and 503 + Retry-After is what clients and balancers read as "try again shortly".
 */
export function retryLaterError(kind: DatabaseFault, detail: string): HTTPException {
  return new HTTPException(503, {
    message: detail,
    res: new Response(JSON.stringify({ error: kind, detail } satisfies ErrorBody), {
      status: 503,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(RETRY_AFTER_S[kind]),
      },
    }),
  });
}

const faultDetail: Record<DatabaseFault, string> = {
  unavailable: 'the database is unavailable right now; try again in a few seconds',
  timeout: 'the database took too long to answer; try again later, or ask for less',
};

/** A JSON error response, answered through the context (which holds the request id header). */
async function answer(c: Context, res: Response, requestId: string | undefined): Promise<Response> {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'content-length'));
  const status = res.status as ContentfulStatusCode;
  const body = (await res.json()) as Record<string, unknown>;
  return c.body(JSON.stringify({ ...body, requestId }), status, headers);
}

export const onError: ErrorHandler = async (err, c) => {
  const requestId = c.get('requestId');
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    if (res.headers.get('content-type')?.includes('application/json')) return answer(c, res, requestId);
    return c.json({ ...errorBody(err.status, err.message || 'request failed'), requestId }, err.status);
  }
  const fault = databaseFault(err);
  if (fault) {
    logFailure(c, 503, err);
    return answer(c, retryLaterError(fault, faultDetail[fault]).getResponse(), requestId);
  }
  logFailure(c, 500, err);
  return c.json({ ...errorBody(500, 'internal error; the server log has the details'), requestId }, 500);
};

export const onNotFound: NotFoundHandler = (c) =>
  c.json(
    {
      ...errorBody(404, `no such resource: ${c.req.method} ${nameExcerpt(c.req.path)}`),
      requestId: c.get('requestId'),
    },
    404,
  );
