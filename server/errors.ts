// One error path: expected failures are HTTPExceptions with a JSON body { error, detail };
// anything else is logged and answered with a generic 500 that leaks no stack trace or SQL.
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { nameExcerpt } from './excerpt.ts';

export interface ErrorBody {
  error: string;
  detail: string;
  parameter?: string;
}

const codes: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  415: 'unsupported_media_type',
  500: 'internal_error',
  503: 'unavailable',
};

export function errorBody(status: number, detail: string, parameter?: string): ErrorBody {
  return { error: codes[status] ?? 'error', detail, ...(parameter ? { parameter } : {}) };
}

/** An expected failure: `throw httpError(400, 'zoom must be …', 'zoom')`. */
export function httpError(status: ContentfulStatusCode, detail: string, parameter?: string): HTTPException {
  const body = errorBody(status, detail, parameter);
  return new HTTPException(status, {
    message: detail,
    res: new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }),
  });
}

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    if (res.headers.get('content-type')?.includes('application/json')) return res;
    return c.json(errorBody(err.status, err.message || 'request failed'), err.status);
  }
  console.error(`[${c.req.method} ${c.req.path}]`, err);
  return c.json(errorBody(500, 'internal error; the server log has the details'), 500);
};

export const onNotFound: NotFoundHandler = (c) =>
  c.json(errorBody(404, `no such resource: ${c.req.method} ${nameExcerpt(c.req.path)}`), 404);
