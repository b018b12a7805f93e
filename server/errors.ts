// One error path: expected failures are HTTPExceptions with a JSON body { error, detail };
// anything else is logged and answered with a generic 500 that leaks no stack trace or SQL.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface ErrorBody {
  error: string;
  detail: string;
  parameter?: string;
}

const codes: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
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
  c.json(errorBody(404, `no such resource: ${c.req.method} ${c.req.path}`), 404);

/**
 * Of a union's failures, the one that says most: the branch whose first problem lies deepest
 * (`polygon.type` beats "missing center"). When every branch only misses a key, the union's own
 * message ("expected this or that") is clearer.
 */
function mostSpecific(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const firsts = issue.errors
    .map((branch) => branch[0])
    .filter((i): i is z.core.$ZodIssue => i !== undefined)
    .map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue);
  const deepest = firsts.reduce<z.core.$ZodIssue | undefined>(
    (best, i) => (!best || i.path.length > best.path.length ? i : best),
    undefined,
  );
  return deepest && deepest.path.length >= issue.path.length + 2 ? mostSpecific(deepest) : issue;
}

/** The zValidator hook: turns the most telling zod issue into a 400 naming the parameter. */
export function validationHook(
  result: { success: true } | { success: false; error: z.core.$ZodError },
  _c: Context,
): void {
  if (result.success) return;
  const first = result.error.issues[0];
  const issue = first ? mostSpecific(first) : undefined;
  const parameter = issue?.path.map(String).join('.') || undefined;
  const detail = issue ? `${parameter ?? 'input'}: ${issue.message}` : 'invalid input';
  throw httpError(400, detail, parameter);
}
