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
  'InvalidParameterValue' | 'NotFound' | 'MethodNotAllowed' | 'ServiceUnavailable' | 'NoApplicableCode';

const codeOf = (status: number): OgcCode =>
  status === 400
    ? 'InvalidParameterValue'
    : status === 404
      ? 'NotFound'
      : status === 405
        ? 'MethodNotAllowed'
        : status === 503
          ? 'ServiceUnavailable'
          : 'NoApplicableCode';

/** An expected failure of an OGC request; its message is the exception's description. */
export class OgcError extends HTTPException {
  readonly code: OgcCode;
  constructor(status: ContentfulStatusCode, description: string, code: OgcCode = codeOf(status)) {
    super(status, { message: description });
    this.code = code;
  }
}

/** A 400 InvalidParameterValue naming the parameter: `badParameter('limit', 'expected …')`. */
export const badParameter = (name: string, expected: string) =>
  new OgcError(400, `${name}: ${expected}`, 'InvalidParameterValue');

export const notFound = (description: string) => new OgcError(404, description, 'NotFound');

export const ogcOnError: ErrorHandler = (err, c) => {
  const requestId = c.get('requestId');
  const answer = (status: ContentfulStatusCode, code: OgcCode, description: string, headers = {}) =>
    c.json({ code, description, requestId }, status, headers);
  if (err instanceof Cql2Error) return answer(400, 'InvalidParameterValue', `filter: ${err.message}`);
  if (err instanceof OgcError) return answer(err.status, err.code, err.message);
  if (err instanceof HTTPException) {
    // The time budget (server/limits/deadline.ts) and the outage guard say when to come back.
    const retryAfter = err.getResponse().headers.get('retry-after');
    return answer(err.status, codeOf(err.status), err.message || 'request failed', {
      ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
    });
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
