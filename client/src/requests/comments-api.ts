// Comments on a project or a feature (issue 10) through Hono's typed client: signed-in accounts
// read them, planners and commune accounts (in their own commune) write them.
import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../server/app.ts';
import { checked } from '../api.ts';

const api = hc<AppType>('/api', { init: { credentials: 'same-origin', cache: 'no-store' } });

export type NewComment = InferRequestType<typeof api.comments.$post>['json'];
export type CommentItem = InferResponseType<typeof api.comments.$get, 200>['comments'][number];

export async function fetchComments(
  target: { layerId: string; featureId: number },
  signal?: AbortSignal,
): Promise<CommentItem[]> {
  const query = { layerId: target.layerId, featureId: String(target.featureId) };
  const response = await checked(await api.comments.$get({ query }, { init: { signal } }));
  return (await response.json()).comments;
}

export async function postComment(comment: NewComment): Promise<number> {
  const response = await checked(await api.comments.$post({ json: comment }));
  return (await response.json()).comment;
}
