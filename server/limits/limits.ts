// The limits the app enforces before and while it works, in one place (the README's "Limits"
// table): a time budget per request, the health check's own shorter one, and how many heavy
// requests may run and wait at once.
import type { Database } from '../../db/connection.ts';
import { type AdmissionLimits } from './admission.ts';

export interface Limits {
  /** Past this a request is answered 503 timeout (the server's statement_timeout is shorter). */
  requestTimeoutMs: number;
  /** Past this the health check answers 503: a balancer's probe must get an answer within 1 s. */
  healthTimeoutMs: number;
  /** The heavy routes' admission: how many run at once, how many more may wait. */
  heavy: AdmissionLimits;
}

/** The routes whose work grows with their input or the data: admitted a few at a time. */
export const HEAVY_ROUTES: readonly string[] = ['POST /api/gaps/area', 'GET /api/gaps'];

export const DEFAULT_REQUEST_TIMEOUT_MS = 12_000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 800;

/**
 * Heavy requests take at most half the server pool (the rest stays for the light ones); on PGlite
 * one at a time, so that anything else waits for at most one heavy statement.
 */
export function heavyAdmission(db: Database): AdmissionLimits {
  const concurrent = db.backend === 'server' ? Math.max(1, Math.floor(db.connections / 2)) : 1;
  return { concurrent, queued: db.backend === 'server' ? 2 * concurrent : 3 };
}

export function defaultLimits(db: Database, overrides: Partial<Limits> = {}): Limits {
  return {
    requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
    healthTimeoutMs: DEFAULT_HEALTH_TIMEOUT_MS,
    heavy: heavyAdmission(db),
    ...overrides,
  };
}
