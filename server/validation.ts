// Validation at the edge, the same way on every endpoint (issue 8): unknown parameters refused by
// name, a parameter given twice refused, plain decimal numbers only, messages that say what was
// expected and echo at most a short excerpt of what came.
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { httpError } from './errors.ts';
import { excerpt, nameExcerpt } from './excerpt.ts';

const list = (names: string[]) => names.join(', ');

/** The message for members a strict object does not know. */
function unknownMessage(what: 'parameter' | 'member', keys: string[], known: string[]): string {
  const name = JSON.stringify(nameExcerpt(keys[0] ?? ''));
  if (known.length === 0) return `unknown ${what} ${name}; this endpoint takes no ${what}s`;
  return `unknown ${what} ${name}; expected one of: ${list(known)}`;
}

/**
 * The query parameters of an endpoint: exactly these, each at most once. Every route validates
 * its query with it, so an unknown parameter is refused the same way everywhere.
 */
export function strictQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownMessage('parameter', issue.keys, Object.keys(shape))
        : undefined,
  });
}

/** An object in a JSON body: exactly these members; `expected` says what the object should be. */
export function strictBody<Shape extends z.ZodRawShape>(shape: Shape, expected: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownMessage('member', issue.keys, Object.keys(shape))
        : expected,
  });
}

/** A plain decimal number: digits, one optional point, an optional minus. No hex, exponent, space. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longer than this, a number is nobody's coordinate or count. */
const MAX_NUMBER_TEXT = 32;

/** A query parameter holding a plain decimal number within [min, max]; `expected` is the message. */
export function decimalParam(min: number, max: number, expected: string) {
  return z
    .string({ error: expected })
    .max(MAX_NUMBER_TEXT, expected)
    .regex(DECIMAL, expected)
    .transform(Number)
    .pipe(z.number().min(min, expected).max(max, expected));
}

/** A query parameter holding a whole number within [min, max]. */
export function wholeNumberParam(min: number, max: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z
    .string({ error: expected })
    .max(MAX_NUMBER_TEXT, expected)
    .regex(/^\d+$/, expected)
    .transform(Number)
    .pipe(z.number().int().min(min, expected).max(max, expected));
}

/** Splits a comma-separated list of plain decimal numbers; null when any part is not one. */
export function decimalList(raw: string): number[] | null {
  const parts = raw.split(',');
  return parts.every((p) => p.length <= MAX_NUMBER_TEXT && DECIMAL.test(p)) ? parts.map(Number) : null;
}

/** Control characters (C0, DEL, C1): never part of a name anyone searches for. */
export const CONTROL_CHARACTERS = /\p{Cc}/u;

/** A value inside the input, following own properties only (never Object.prototype). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The 400 for a failed validation: the first issue, the parameter it is about, what came. */
export function validationError(error: z.core.$ZodError, input: unknown, target: string | undefined) {
  const issue = error.issues[0];
  // A 400 always names what was wrong: an issue about the whole body names `body` (issue 9).
  const whole = target === 'json' || target === undefined ? 'body' : target;
  if (!issue) return httpError(400, 'invalid input', whole);
  const flat = target === 'query' || target === 'param';
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  // A query or path parameter is named as given; a body member by its path (polygon.coordinates.0).
  const named = flat ? path.slice(0, 1) : path;
  const parameter = named.length > 0 ? nameExcerpt(named.map(String).join('.')) : whole;
  if (issue.code === 'unrecognized_keys') return httpError(400, issue.message, parameter);
  const raw = valueAt(input, named);
  let message = issue.message;
  if (flat && Array.isArray(raw)) message = `given ${raw.length} times; give ${parameter} once`;
  else if (issue.code === 'custom' && issue.params?.got !== undefined) message += `, got ${issue.params.got}`;
  else if ((issue.code === 'too_big' || issue.code === 'too_small') && Array.isArray(raw)) {
    message += `, got ${raw.length}`; // a count says more than the first items would
  } else if (raw !== undefined) message += `, got ${excerpt(raw)}`;
  return httpError(400, parameter === whole ? message : `${parameter}: ${message}`, parameter);
}

type HookResult =
  { success: true } | { success: false; error: z.core.$ZodError; data?: unknown; target?: string };

/** The zValidator hook of every route: a failed validation becomes a 400 naming the parameter. */
export function validationHook(result: HookResult, _c: Context): void {
  if (!result.success) throw validationError(result.error, result.data, result.target);
}

/** application/json, with parameters (charset) or a +json suffix (geo+json). */
export const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * A JSON body, before its schema: 415 for another content type, 400 for text that is not JSON.
 * The parsed body stays in Hono's cache for zValidator('json').
 */
export function jsonBody(example: string): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (!type || !JSON_TYPE.test(type.trim())) {
      throw httpError(415, `expected Content-Type: application/json, got ${type ? excerpt(type) : 'none'}`);
    }
    try {
      await c.req.json();
    } catch {
      throw httpError(400, `the body is not valid JSON; expected e.g. ${example}`, 'body');
    }
    await next();
  };
}

const noParameters = strictQuery({});

/**
 * For endpoints that take no query parameter: refuses any, with strictQuery's words. A plain
 * middleware rather than zValidator, so that the typed client asks for no `query`.
 */
export const noQuery: MiddlewareHandler = async (c, next) => {
  const query = Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]);
  const input = Object.fromEntries(query) as Record<string, unknown>;
  const result = noParameters.safeParse(input);
  if (!result.success) throw validationError(result.error, input, 'query');
  await next();
};
