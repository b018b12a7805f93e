// POST /api/requests (anyone; the public a few an hour per address), GET /api/requests (planners
// all, a commune account its own), PATCH /api/requests/:id (planners answer); POST and GET
// /api/comments on a project or a feature (commune and planner accounts).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { requireRole, type AuthEnv } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import { jsonBody, validationHook } from '../validation.ts';
import { commentsQuery, newComment, newRequest, requestAnswer, requestsQuery } from './payloads.ts';
import {
  answerRequest,
  createComment,
  createRequest,
  listComments,
  listRequests,
  recentPublicRequests,
  targetTable,
} from './queries.ts';

/** Requests the public may send per address and hour. */
export const PUBLIC_REQUESTS_PER_HOUR = 5;
export const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export function requestRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .post(
      '/',
      jsonBody('{"lon":165.28,"lat":-20.88,"text":"Pas de 4G à la tribu"}'),
      zValidator('json', newRequest, validationHook),
      async (c) => {
        const account = c.get('account');
        const address = clientAddress(c);
        if (!account && (await recentPublicRequests(db, address)) >= PUBLIC_REQUESTS_PER_HOUR) {
          c.header('Retry-After', '3600');
          throw httpError(
            429,
            `at most ${PUBLIC_REQUESTS_PER_HOUR} requests an hour from one place; try again later`,
          );
        }
        const made = await createRequest(db, c.req.valid('json'), account, address);
        return c.json({ request: made }, 201);
      },
    )
    .get('/', zValidator('query', requestsQuery, validationHook), async (c) => {
      const account = requireRole(c, 'admin', 'planner', 'commune');
      const filter = c.req.valid('query');
      if (account.role === 'commune') {
        if (filter.commune && filter.commune !== account.commune) {
          throw httpError(
            403,
            `a commune account sees the requests of its own commune (${account.commune}) only`,
          );
        }
        filter.commune = account.commune ?? undefined;
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ requests: await listRequests(db, filter) });
    })
    .patch(
      '/:id',
      zValidator('param', idParam, validationHook),
      jsonBody('{"status":"planned","answer":"…"}'),
      zValidator('json', requestAnswer, validationHook),
      async (c) => {
        const account = requireRole(c, 'planner');
        await answerRequest(db, c.req.valid('param').id, account, c.req.valid('json'));
        return c.json({ answered: c.req.valid('param').id });
      },
    );
}

export function commentRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .post(
      '/',
      jsonBody('{"layerId":"projects","featureId":43,"text":"…"}'),
      zValidator('json', newComment, validationHook),
      async (c) => {
        const account = requireRole(c, 'planner', 'commune');
        return c.json({ comment: await createComment(db, account, c.req.valid('json')) }, 201);
      },
    )
    .get('/', zValidator('query', commentsQuery, validationHook), async (c) => {
      requireRole(c, 'admin', 'planner', 'commune');
      const { layerId, featureId } = c.req.valid('query');
      targetTable(layerId, 'layerId');
      c.header('Cache-Control', 'no-store');
      return c.json({ comments: await listComments(db, layerId, featureId) });
    });
}
