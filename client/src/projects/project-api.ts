// The project write endpoints (issue 10): a project with its version (ETag "vN"), its creation,
// changes and deletion with If-Match, and its history. Plain fetch, as editing/edit-api.ts does:
// the answers that matter (412's `current`, 400's `parameter`, 403's `detail`, the ETag) are
// outside Hono's typed client.
import type { Geometry } from 'geojson';
import type { ProjectProperties as Writable } from '../../../server/edits/project-payloads.ts';
import type { Project } from '../commune/commune-api.ts';
import { etagOf, type HistoryEntry } from '../editing/edit-api.ts';

/** A project as GET /api/projects/:id gives it, its version read from the ETag. */
export type VersionedProject = Project;

/** A refusal of the server: its status, its `detail`, what it was about, and on 412 the project now. */
export class ProjectWriteError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly parameter: string | null,
    readonly current: VersionedProject | null,
  ) {
    super(`API ${status}: ${detail}`);
    this.name = 'ProjectWriteError';
  }
}

const PROJECTS = '/api/projects';

async function send(path: string, method = 'GET', body?: unknown, ifMatch?: number): Promise<Response> {
  const headers: Record<string, string> = {};
  // Every write says it speaks JSON, a DELETE too: the server refuses (415) unsafe methods without.
  if (body !== undefined || method !== 'GET') headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = etagOf(ifMatch);
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.ok) return response;
  let answer: { detail?: unknown; parameter?: unknown; current?: unknown } = {};
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    // Not JSON: the status text will do.
  }
  throw new ProjectWriteError(
    response.status,
    typeof answer.detail === 'string' ? answer.detail : response.statusText,
    typeof answer.parameter === 'string' ? answer.parameter : null,
    answer.current && typeof answer.current === 'object' ? (answer.current as VersionedProject) : null,
  );
}

async function projectOf(response: Response): Promise<VersionedProject> {
  const project = (await response.json()) as VersionedProject;
  const tag = /^"v(\d+)"$/.exec(response.headers.get('etag') ?? '');
  if (tag) project.properties.version = Number(tag[1]);
  return project;
}

export async function fetchProject(id: number): Promise<VersionedProject> {
  return projectOf(await send(`${PROJECTS}/${id}`));
}

export async function createProject(geometry: Geometry, properties: Writable): Promise<VersionedProject> {
  return projectOf(await send(PROJECTS, 'POST', { type: 'Feature', geometry, properties }));
}

export async function changeProject(
  id: number,
  version: number,
  properties: Partial<Writable>,
): Promise<VersionedProject> {
  return projectOf(await send(`${PROJECTS}/${id}`, 'PATCH', { properties }, version));
}

export async function deleteProject(id: number, version: number): Promise<void> {
  await send(`${PROJECTS}/${id}`, 'DELETE', undefined, version);
}

export async function fetchProjectHistory(id: number): Promise<HistoryEntry[]> {
  const answer = (await (await send(`${PROJECTS}/${id}/history`)).json()) as { history: HistoryEntry[] };
  return answer.history;
}
