// The project write endpoints (issue 10): a project with its version (ETag "vN"), its creation,
// changes and deletion with If-Match, and its history, through editing/edit-api.ts's `send`:
// the answers that matter (412's `current`, 400's `parameter`, 403's `detail`, the ETag) are
// outside Hono's typed client.
import type { Geometry } from 'geojson';
import type { ProjectProperties as Writable } from '../../../server/edits/project-payloads.ts';
import type { Project } from '../commune/commune-api.ts';
import { send as sendWrite, withVersion, type HistoryEntry, type Refusal } from '../editing/edit-api.ts';

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

const refusal: Refusal = (status, detail, parameter, current) =>
  new ProjectWriteError(status, detail, parameter, current as VersionedProject | null);
const send = (path: string, method = 'GET', body?: unknown, ifMatch?: number) =>
  sendWrite(path, method, body, ifMatch, refusal);
const projectOf = (response: Response) => withVersion<VersionedProject>(response);

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
