// Who is asking, for every API and OGC request (c.get('account'), null for the public): the
// account of an API token (`Authorization: Bearer <token>`, or Basic with the account's email and
// a token as the password), else of the session cookie if it names a live session. A token that
// is not a live one is a 401, never the public. Guards for the writes that need an account.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Database } from '../../db/connection.ts';
import { errorBody, httpError } from '../errors.ts';
import { tokenAccount } from './api-tokens.ts';
import type { Role, SessionAccount } from './payloads.ts';
import { sessionAccount } from './sessions.ts';

/** A signed-in account: by a session cookie (`sessionId`) or by an API token (`tokenId`). */
export type SignedIn = SessionAccount & { sessionId: number | null; tokenId?: number };
export interface AuthEnv {
  Variables: { account: SignedIn | null };
}

/** `__Host-session` over HTTPS (no subdomain can set or read it), `session` on plain local HTTP. */
export const SECURE_COOKIE = '__Host-session';
export const LOCAL_COOKIE = 'session';

/**
 * The challenge of a 401 (RFC 6750). Bearer only: a Basic challenge would make browsers prompt
 * for a password and then send it by themselves, cross-site too; QGIS and GDAL send Basic unasked.
 */
export const AUTH_CHALLENGE = 'Bearer realm="nc-infra-map"';

export const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

/** The credentials of an Authorization header, when it has a scheme of ours. */
export function apiCredentials(header: string | undefined): { token: string; email?: string } | undefined {
  const match = /^(Bearer|Basic)\s+(\S{1,400})\s*$/i.exec(header ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  if (match[1].toLowerCase() === 'bearer') return { token: match[2] };
  const decoded = Buffer.from(match[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { token: '' };
  return { email: decoded.slice(0, colon), token: decoded.slice(colon + 1) };
}

function unauthorized(detail: string): HTTPException {
  return new HTTPException(401, {
    message: detail,
    res: new Response(JSON.stringify(errorBody(401, detail)), {
      status: 401,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'www-authenticate': `${AUTH_CHALLENGE}, error="invalid_token"`,
      },
    }),
  });
}

export function currentAccount(db: Database): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const credentials = apiCredentials(authorization);
      if (!credentials) {
        throw unauthorized(
          'Authorization: expected "Bearer <API token>" or Basic with your email and an API token',
        );
      }
      const account = await tokenAccount(db, credentials.token, credentials.email);
      if (!account) {
        throw unauthorized(
          credentials.email === undefined
            ? 'Authorization: this API token is unknown or revoked'
            : 'Authorization: this email and API token do not match a live token (the password part is an API token, not the account password)',
        );
      }
      c.set('account', { ...account, sessionId: null });
      return next();
    }
    const token = getCookie(c, SECURE_COOKIE) ?? getCookie(c, LOCAL_COOKIE);
    const session = token && token.length <= 64 ? await sessionAccount(db, token) : undefined;
    c.set('account', session ?? null);
    await next();
  };
}

/** The signed-in account, or a 401 (no account) / 403 (an account without one of `roles`). */
export function requireRole(c: Context<AuthEnv>, ...roles: Role[]): SignedIn {
  const account = c.get('account');
  if (!account) {
    const error = httpError(401, 'sign in first: this change needs an account');
    error.res?.headers.set('www-authenticate', AUTH_CHALLENGE);
    throw error;
  }
  if (!roles.includes(account.role)) {
    throw httpError(403, `a ${account.role} account may not do this; it needs: ${roles.join(' or ')}`);
  }
  return account;
}
