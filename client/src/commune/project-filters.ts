// The project list's filters (issue #4): statuses ticked and one kind of work, or every kind.
// Each filter's counts are of the projects the other filter lets through, so a count says how
// many projects ticking it would show.
import {
  projectKinds,
  projectStatuses,
  type ProjectKind,
  type ProjectProperties,
  type ProjectStatus,
} from './commune-api.ts';

export interface ProjectFilter {
  statuses: ReadonlySet<ProjectStatus>;
  /** null for every kind. */
  kind: ProjectKind | null;
}

export const everyProject: ProjectFilter = { statuses: new Set(projectStatuses), kind: null };

type Classified = Pick<ProjectProperties, 'status' | 'kind'>;

const kindMatches = (filter: ProjectFilter, project: Classified) =>
  filter.kind === null || project.kind === filter.kind;

export function keepsProject(filter: ProjectFilter, project: Classified): boolean {
  return filter.statuses.has(project.status) && kindMatches(filter, project);
}

/** True when the filter lets every project through. */
export const filtersNothing = (filter: ProjectFilter) =>
  filter.kind === null && projectStatuses.every((status) => filter.statuses.has(status));

/** Projects per status, among those of the kind chosen. */
export function statusCounts(
  projects: readonly Classified[],
  filter: ProjectFilter,
): Record<ProjectStatus, number> {
  const counts = Object.fromEntries(projectStatuses.map((status) => [status, 0])) as Record<
    ProjectStatus,
    number
  >;
  for (const project of projects) if (kindMatches(filter, project)) counts[project.status] += 1;
  return counts;
}

/** Projects per kind, among those of the statuses ticked. */
export function kindCounts(
  projects: readonly Classified[],
  filter: ProjectFilter,
): Record<ProjectKind, number> {
  const counts = Object.fromEntries(projectKinds.map((kind) => [kind, 0])) as Record<ProjectKind, number>;
  for (const project of projects) if (filter.statuses.has(project.status)) counts[project.kind] += 1;
  return counts;
}
