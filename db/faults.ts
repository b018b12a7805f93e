// Which driver errors mean "the database is not there right now" (answered 503 with Retry-After)
// rather than a bug (500). Drizzle wraps the driver's error as `cause` of a DrizzleQueryError.

/** unavailable: no connection, or the server is shutting down; timeout: the statement was cut. */
export type DatabaseFault = 'unavailable' | 'timeout';

/** postgres.js's and node's codes for a connection that failed, broke or never came. */
const connectionCodes = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Codes that say no new connection can be made (rather than that one connection broke). */
const noConnectionCodes = new Set([
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P03',
]);

/** True when the error says the server cannot be connected to at all: it is down, not a hiccup. */
export function cannotConnect(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  const code = codeOf(err);
  if (code && noConnectionCodes.has(code)) return true;
  if (err instanceof AggregateError && err.errors.some((inner) => cannotConnect(inner, depth + 1)))
    return true;
  return 'cause' in err && cannotConnect(err.cause, depth + 1);
}

/** SQLSTATE codes (PostgreSQL appendix A) of a server going away or refusing connections. */
function sqlStateFault(code: string): DatabaseFault | undefined {
  if (code === '57014') return 'timeout'; // query_canceled: statement_timeout or a cancel request
  if (code === '57P01' || code === '57P02' || code === '57P03') return 'unavailable'; // shutdown, crash, starting
  if (code.startsWith('08')) return 'unavailable'; // connection exceptions
  if (code === '53300') return 'unavailable'; // too_many_connections
  return undefined;
}

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  return typeof err.code === 'string' ? err.code : undefined;
}

/** The fault an error stands for, looking through `cause` chains and AggregateErrors (IPv4 + IPv6). */
export function databaseFault(err: unknown, depth = 0): DatabaseFault | undefined {
  if (depth > 5 || typeof err !== 'object' || err === null) return undefined;
  const code = codeOf(err);
  if (code && connectionCodes.has(code)) return 'unavailable';
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    const fault = sqlStateFault(code);
    if (fault) return fault;
  }
  if (err instanceof AggregateError) {
    for (const inner of err.errors) {
      const fault = databaseFault(inner, depth + 1);
      if (fault) return fault;
    }
  }
  return 'cause' in err ? databaseFault(err.cause, depth + 1) : undefined;
}

export interface ConstraintViolation {
  /** SQLSTATE: 23514 check, 23505 unique, 23503 foreign key, 23502 not null, 22P02/22023 bad value. */
  code: string;
  constraint: string | undefined;
  message: string;
}

const violationCodes = new Set([
  '23514',
  '23505',
  '23503',
  '23502',
  '22P02',
  '22023',
  '22007',
  '22008',
  'XX000',
]);

/** The constraint a write broke, looking through `cause` chains, whichever driver raised it. */
export function constraintViolation(err: unknown, depth = 0): ConstraintViolation | undefined {
  if (depth > 5 || typeof err !== 'object' || err === null) return undefined;
  const code = codeOf(err);
  if (code && violationCodes.has(code)) {
    const record = err as { constraint?: unknown; constraint_name?: unknown; message?: unknown };
    const constraint = record.constraint ?? record.constraint_name;
    return {
      code,
      constraint: typeof constraint === 'string' ? constraint : undefined,
      message: typeof record.message === 'string' ? record.message : 'constraint violated',
    };
  }
  return 'cause' in err ? constraintViolation(err.cause, depth + 1) : undefined;
}
