// One bounded log line per failed request. Driver errors carry the whole SQL and its parameters
// (postgres.js `query`/`parameters`, drizzle's DrizzleQueryError message "Failed query: … params: …"):
// a 21 MB polygon once wrote 42 MB of log. The line keeps the error's class, code and message,
// the start of the SQL and a few stack frames, never the parameters.
import type { Context } from 'hono';

export const LOG_LIMITS = { message: 300, query: 500, path: 200, frames: 6, frame: 160 } as const;

interface LoggedError {
  class: string;
  code?: string;
  message: string;
}

export interface ErrorLogLine {
  level: 'error' | 'warn';
  requestId: string | undefined;
  method: string;
  path: string;
  status: number;
  error: LoggedError;
  /** The innermost cause, when the error wraps one (drizzle's query error wraps the driver's). */
  cause?: LoggedError;
  query?: string;
  stack?: string[];
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function describe(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { class: typeof err, message: clip(String(err), LOG_LIMITS.message) };
  const code = record(err).code;
  // Drizzle's message repeats the query and its parameters: the query is logged apart, clipped.
  const message = err.message.startsWith('Failed query: ') ? 'Failed query (see query)' : err.message;
  return {
    class: err.constructor.name || err.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    message: clip(message, LOG_LIMITS.message),
  };
}

function innermostCause(err: unknown): unknown {
  let current = err;
  for (let depth = 0; depth < 5; depth++) {
    const cause = record(current).cause;
    if (cause === undefined) break;
    current = cause;
  }
  return current === err ? undefined : current;
}

/** The stack's frames only: its first line repeats the message, which may hold the parameters. */
function frames(err: unknown): string[] | undefined {
  if (!(err instanceof Error) || !err.stack) return undefined;
  const lines = err.stack
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .slice(0, LOG_LIMITS.frames)
    .map((line) => clip(line.trim(), LOG_LIMITS.frame));
  return lines.length > 0 ? lines : undefined;
}

export function errorLogLine(c: Context, status: number, err: unknown): ErrorLogLine {
  const cause = innermostCause(err);
  const query = record(err).query ?? record(cause).query;
  return {
    level: status >= 500 && status !== 503 ? 'error' : 'warn',
    requestId: c.get('requestId'),
    method: c.req.method,
    path: clip(c.req.path, LOG_LIMITS.path),
    status,
    error: describe(err),
    ...(cause !== undefined ? { cause: describe(cause) } : {}),
    ...(typeof query === 'string' ? { query: clip(query, LOG_LIMITS.query) } : {}),
    ...(status === 503 ? {} : { stack: frames(err) }),
  };
}

/** Writes the line: unexpected errors to stderr as errors, database unavailability as warnings. */
export function logFailure(c: Context, status: number, err: unknown): void {
  const line = errorLogLine(c, status, err);
  const text = JSON.stringify(line);
  if (line.level === 'error') console.error(text);
  else console.warn(text);
}
