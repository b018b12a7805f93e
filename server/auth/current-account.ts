// Who is asking: the account of the session cookie, if it names a live session, for every API
// request (c.get('account'), null for the public). Guards for the writes that need one.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import type { Role, SessionAccount } from './payloads.ts';
import { sessionAccount } from './sessions.ts';

export type SignedIn = SessionAccount & { sessionId: number };
export interface AuthEnv {
  Variables: { account: SignedIn | null };
}

/** `__Host-session` over HTTPS (no subdomain can set or read it), `session` on plain local HTTP. */
export const SECURE_COOKIE = '__Host-session';
export const LOCAL_COOKIE = 'session';

export const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

export function currentAccount(db: Database): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = getCookie(c, SECURE_COOKIE) ?? getCookie(c, LOCAL_COOKIE);
    c.set('account', token && token.length <= 64 ? ((await sessionAccount(db, token)) ?? null) : null);
    await next();
  };
}

/** The signed-in account, or a 401 (no account) / 403 (an account without one of `roles`). */
export function requireRole(c: Context<AuthEnv>, ...roles: Role[]): SignedIn {
  const account = c.get('account');
  if (!account) throw httpError(401, 'sign in first: this change needs an account');
  if (!roles.includes(account.role)) {
    throw httpError(403, `a ${account.role} account may not do this; it needs: ${roles.join(' or ')}`);
  }
  return account;
}
