// The /api/auth routes: signing in and out with a session cookie; for admins, the live sessions
// and new accounts; for an account signed in with its password, its API tokens.
import { sessionIdParam } from '../../auth/routes.ts';
import { loginBody, newAccount, newApiToken } from '../../auth/payloads.ts';
import type { ApiOperation } from '../registry.ts';

export const accountOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'Accounts',
    summary: 'Signs in: sets the session cookie (`__Host-session` over HTTPS, `session` on local HTTP)',
    body: loginBody,
    errors: [401, 429],
    success: { status: 200, description: 'The account and when the session ends', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'Accounts',
    summary: 'Signs out: ends the session and clears its cookie',
    roles: 'optional',
    success: { status: 200, description: 'Signed out', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'Accounts',
    summary: 'The account signed in, or null',
    roles: 'optional',
    success: { status: 200, description: 'The account', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/auth/sessions',
    tag: 'Accounts',
    summary: 'The live sessions',
    roles: ['admin'],
    success: { status: 200, description: 'The sessions', types: ['json'] },
  },
  {
    method: 'delete',
    path: '/api/auth/sessions/:id',
    tag: 'Accounts',
    summary: 'Ends a session',
    params: sessionIdParam,
    roles: ['admin'],
    success: { status: 200, description: 'Which session was ended', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/auth/accounts',
    tag: 'Accounts',
    summary: 'Creates an account (a commune account names its commune)',
    body: newAccount,
    roles: ['admin'],
    errors: [409],
    success: { status: 201, description: 'The account', types: ['json'] },
  },
  {
    method: 'get',
    path: '/api/auth/tokens',
    tag: 'Accounts',
    summary: 'The API tokens of the account signed in (never their secret)',
    roles: 'session',
    success: { status: 200, description: 'The tokens', types: ['json'] },
  },
  {
    method: 'post',
    path: '/api/auth/tokens',
    tag: 'Accounts',
    summary: 'Makes an API token for QGIS, GDAL or a script: `Authorization: Bearer <token>`',
    description: 'The token is in this answer only: it is stored hashed.',
    body: newApiToken,
    roles: 'session',
    success: { status: 201, description: 'The token, shown once', types: ['json'] },
  },
  {
    method: 'delete',
    path: '/api/auth/tokens/:id',
    tag: 'Accounts',
    summary: 'Revokes one of the account’s API tokens',
    params: sessionIdParam,
    roles: 'session',
    success: { status: 200, description: 'Which token was revoked', types: ['json'] },
  },
];
