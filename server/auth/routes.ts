// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me; for admins GET /api/auth/sessions,
// DELETE /api/auth/sessions/:id and POST /api/auth/accounts; for any signed-in account its API
// tokens: GET /api/auth/tokens, POST /api/auth/tokens { name } (the token shown once), DELETE …/:id.
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import { validationHook } from '../validation.ts';
import { accountByEmail, createAccount } from './accounts.ts';
import { accountTokens, createApiToken, revokeApiToken } from './api-tokens.ts';
import { LOCAL_COOKIE, overHttps, requireRole, type AuthEnv, type SignedIn } from './current-account.ts';
import { LOGIN_WINDOW_MINUTES, loginRefused, recordLoginAttempt } from './login-limits.ts';
import { NO_ACCOUNT_HASH, verifyPassword } from './password.ts';
import { loginBody, newAccount, newApiToken, roles } from './payloads.ts';
import { liveSessions, openSession, revokeSession, SESSION_HOURS } from './sessions.ts';

export const sessionIdParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Tokens are managed from a signed-in page: a token (perhaps leaked) cannot make or list others. */
function requireSession(c: Context<AuthEnv>): SignedIn {
  const account = requireRole(c, ...roles);
  if (account.sessionId === null)
    throw httpError(403, 'API tokens are managed from the web page, signed in with your password');
  return account;
}

export function authRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .post('/login', zValidator('json', loginBody, validationHook), async (c) => {
      const { email, password } = c.req.valid('json');
      const address = clientAddress(c);
      if (await loginRefused(db, email, address)) {
        c.header('Retry-After', String(LOGIN_WINDOW_MINUTES * 60));
        throw httpError(429, `too many failed sign-ins; try again in ${LOGIN_WINDOW_MINUTES} minutes`);
      }
      const account = await accountByEmail(db, email);
      // The same work and the same answer whether the account exists or not.
      const matches = await verifyPassword(password, account?.passwordHash ?? NO_ACCOUNT_HASH);
      await recordLoginAttempt(db, email, address, Boolean(account && matches));
      if (!account || !matches) throw httpError(401, 'the email or the password is wrong');
      const session = await openSession(db, account.id, {
        address,
        userAgent: c.req.header('user-agent') ?? null,
      });
      const secure = overHttps(c);
      setCookie(c, LOCAL_COOKIE, session.token, {
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: SESSION_HOURS * 3600,
        ...(secure ? { prefix: 'host' as const } : {}),
      });
      c.header('Cache-Control', 'no-store');
      const { passwordHash: _hash, ...me } = account;
      return c.json({ account: me, expiresAt: session.expiresAt });
    })
    .post('/logout', async (c) => {
      const account = c.get('account');
      if (account?.sessionId) await revokeSession(db, account.sessionId);
      deleteCookie(c, LOCAL_COOKIE, { path: '/', secure: true });
      deleteCookie(c, LOCAL_COOKIE, { path: '/', secure: true, prefix: 'host' });
      return c.json({ signedOut: true });
    })
    .get('/me', (c) => {
      c.header('Cache-Control', 'no-store');
      const account = c.get('account');
      return c.json({
        account: account
          ? { id: account.id, email: account.email, role: account.role, commune: account.commune }
          : null,
      });
    })
    .get('/sessions', async (c) => {
      requireRole(c, 'admin');
      c.header('Cache-Control', 'no-store');
      return c.json({ sessions: await liveSessions(db) });
    })
    .delete('/sessions/:id', zValidator('param', sessionIdParam, validationHook), async (c) => {
      requireRole(c, 'admin');
      const { id } = c.req.valid('param');
      if (!(await revokeSession(db, id))) throw httpError(404, `no live session number ${id}`, 'id');
      return c.json({ revoked: id });
    })
    .post('/accounts', zValidator('json', newAccount, validationHook), async (c) => {
      requireRole(c, 'admin');
      return c.json({ account: await createAccount(db, c.req.valid('json')) }, 201);
    })
    .get('/tokens', async (c) => {
      const account = requireSession(c);
      c.header('Cache-Control', 'no-store');
      return c.json({ tokens: await accountTokens(db, account.id) });
    })
    .post('/tokens', zValidator('json', newApiToken, validationHook), async (c) => {
      const account = requireSession(c);
      c.header('Cache-Control', 'no-store');
      return c.json({ token: await createApiToken(db, account.id, c.req.valid('json').name) }, 201);
    })
    .delete('/tokens/:id', zValidator('param', sessionIdParam, validationHook), async (c) => {
      const account = requireSession(c);
      const { id } = c.req.valid('param');
      if (!(await revokeApiToken(db, account.id, id)))
        throw httpError(404, `you have no live API token number ${id}`, 'id');
      return c.json({ revoked: id });
    });
}
