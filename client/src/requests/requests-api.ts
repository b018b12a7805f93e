// Requests and reports (issue 10) through Hono's typed client: anyone sends one from a place
// (the public a few an hour), planners and commune accounts list them, planners answer them.
import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../server/app.ts';
import type { RequestStatus } from '../../../server/requests/payloads.ts';
import { checked } from '../api.ts';

const api = hc<AppType>('/api', { init: { credentials: 'same-origin', cache: 'no-store' } });

export type NewRequest = InferRequestType<typeof api.requests.$post>['json'];
export type RequestItem = InferResponseType<typeof api.requests.$get, 200>['requests'][number];
export type { RequestStatus };

export async function sendRequest(request: NewRequest): Promise<{ id: number; communeInsee: string }> {
  const response = await checked(await api.requests.$post({ json: request }));
  return (await response.json()).request;
}

export async function fetchRequests(
  filter: { commune?: string; status?: RequestStatus },
  signal?: AbortSignal,
): Promise<RequestItem[]> {
  const response = await checked(await api.requests.$get({ query: filter }, { init: { signal } }));
  return (await response.json()).requests;
}

export async function answerRequest(id: number, status: RequestStatus, answer: string | null): Promise<void> {
  await checked(await api.requests[':id'].$patch({ param: { id: String(id) }, json: { status, answer } }));
}
