// The commune workspace's share of the URL hash (issues #4 and #9), beside the map's own state:
// `/commune/98818#project=12&status=works,delayed&kind=fibre_works&distance=250&lang=en` opens
// Nouméa's page with project 12's details, the works and delayed fibre projects shown, and works
// within 250 m proposed for coordination. What the URL does not say stays null: every status, every
// kind, the API's default distance.
import {
  coordinationDistances,
  projectKinds,
  projectStatuses,
  type ProjectKind,
  type ProjectStatus,
} from './commune-api.ts';
import type { ProjectFilter } from './project-filters.ts';

export interface CommuneUrlState {
  /** The project whose details are open. */
  project: number | null;
  /** The statuses ticked, in the filters' order; null for all of them. */
  statuses: ProjectStatus[] | null;
  /** The one kind of work shown; null for every kind. */
  kind: ProjectKind | null;
  /** How far apart two works may be to be proposed together, in metres; null for the default. */
  distanceM: number | null;
}

export const noCommuneState: CommuneUrlState = { project: null, statuses: null, kind: null, distanceM: null };

const isKind = (value: string | null): value is ProjectKind =>
  value !== null && (projectKinds as readonly string[]).includes(value);

/** The statuses named, in the filters' order, unknown ones dropped; `status=` names none. */
function parseStatuses(value: string | null): ProjectStatus[] | null {
  if (value === null) return null;
  const named = new Set(value.split(','));
  const statuses = projectStatuses.filter((status) => named.has(status));
  return statuses.length === projectStatuses.length ? null : statuses;
}

function parseDistance(value: string | null): number | null {
  const metres = Number(value);
  return value !== null && (coordinationDistances as readonly number[]).includes(metres) ? metres : null;
}

export function parseCommuneHash(hash: URLSearchParams): CommuneUrlState {
  const project = hash.get('project');
  const kind = hash.get('kind');
  return {
    project: project !== null && /^[1-9]\d{0,8}$/.test(project) ? Number(project) : null,
    statuses: parseStatuses(hash.get('status')),
    kind: isKind(kind) ? kind : null,
    distanceM: parseDistance(hash.get('distance')),
  };
}

/** `key=value` parts for what the state says; nothing for what it leaves null. */
export function communeHashParts(state: CommuneUrlState): string[] {
  const parts: string[] = [];
  if (state.project !== null) parts.push(`project=${state.project}`);
  if (state.statuses !== null) {
    const ticked = projectStatuses.filter((status) => state.statuses?.includes(status));
    if (ticked.length < projectStatuses.length) parts.push(`status=${ticked.join(',')}`);
  }
  if (state.kind !== null) parts.push(`kind=${state.kind}`);
  if (state.distanceM !== null && state.distanceM !== coordinationDistances[0]) {
    parts.push(`distance=${state.distanceM}`);
  }
  return parts;
}

/** The project filter the URL describes. */
export function projectFilterOf(state: Pick<CommuneUrlState, 'statuses' | 'kind'>): ProjectFilter {
  return { statuses: new Set(state.statuses ?? projectStatuses), kind: state.kind };
}

/** The URL's share of a project filter: null for what lets everything through. */
export function urlOfProjectFilter(filter: ProjectFilter): Pick<CommuneUrlState, 'statuses' | 'kind'> {
  const statuses = projectStatuses.filter((status) => filter.statuses.has(status));
  return { statuses: statuses.length === projectStatuses.length ? null : statuses, kind: filter.kind };
}
