// The OGC API's one error path (OGC API Features Part 1, clause 7.5.1 and its exception schema):
// every failure under /ogc answers JSON `{ code, description }`, the description saying which
// parameter was wrong and what was expected. A bad filter is a 400 with the parser's position;
// a database away or too slow is a 503 with Retry-After; anything else is logged once, a bare 500.
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { databaseFault } from '../../db/faults.ts';
import { logFailure } from '../error-log.ts';
import { RETRY_AFTER_S } from '../errors.ts';
import { Cql2Error } from './cql2/index.ts';

export type OgcCode =
  | 'InvalidParameterValue'
  | 'NotAuthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'MethodNotAllowed'
  | 'Conflict'
  | 'PreconditionFailed'
  | 'PayloadTooLarge'
  | 'UnsupportedMediaType'
  | 'PreconditionRequired'
  | 'ServiceUnavailable'
  | 'NoApplicableCode';

const codes: Partial<Record<number, OgcCode>> = {
  400: 'InvalidParameterValue',
  401: 'NotAuthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  428: 'PreconditionRequired',
  503: 'ServiceUnavailable',
};
const codeOf = (status: number): OgcCode => codes[status] ?? 'NoApplicableCode';

/** Headers of a failure that the client needs (when to retry, how to sign in, the current version). */
const KEPT_HEADERS = ['retry-after', 'www-authenticate', 'etag', 'allow'];

/** An expected failure of an OGC request; its message is the exception's description. */
export class OgcError extends HTTPException {
  readonly code: OgcCode;
  /** For a 405: the methods allowed there. */
  allow?: string;
  constructor(status: ContentfulStatusCode, description: string, code: OgcCode = codeOf(status)) {
    super(status, { message: description });
    this.code = code;
  }
}

/** A 400 InvalidParameterValue naming the parameter: `badParameter('limit', 'expected …')`. */
export const badParameter = (name: string, expected: string) =>
  new OgcError(400, `${name}: ${expected}`, 'InvalidParameterValue');

export const notFound = (description: string) => new OgcError(404, description, 'NotFound');

export const ogcOnError: ErrorHandler = async (err, c) => {
  const requestId = c.get('requestId');
  const answer = (
    status: ContentfulStatusCode,
    code: OgcCode,
    description: string,
    headers: Record<string, string> = {},
    extra: Record<string, unknown> = {},
  ) => c.json({ code, description, requestId, ...extra }, status, headers);
  if (err instanceof Cql2Error) return answer(400, 'InvalidParameterValue', `filter: ${err.message}`);
  if (err instanceof OgcError)
    return answer(err.status, err.code, err.message, err.allow ? { Allow: err.allow } : {});
  if (err instanceof HTTPException) {
    // The time budget (server/limits/deadline.ts) and the outage guard say when to come back; a
    // 401 how to sign in; a 412 (the edits' errors) the current version, and the feature to merge from.
    const res = err.getResponse();
    const headers = Object.fromEntries([...res.headers].filter(([name]) => KEPT_HEADERS.includes(name)));
    let extra: Record<string, unknown> = {};
    if (err.status === 412 && res.headers.get('content-type')?.includes('json')) {
      const body = (await res.json()) as { current?: unknown };
      if (body.current !== undefined) extra = { current: body.current };
    }
    return answer(err.status, codeOf(err.status), err.message || 'request failed', headers, extra);
  }
  const fault = databaseFault(err);
  if (fault) {
    logFailure(c, 503, err);
    return answer(
      503,
      'ServiceUnavailable',
      'the database is unavailable or slow right now; try again later',
      {
        'Retry-After': String(RETRY_AFTER_S[fault]),
      },
    );
  }
  logFailure(c, 500, err);
  return answer(500, 'NoApplicableCode', 'internal error; the server log has the details');
};
