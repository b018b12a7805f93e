import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectKind, ProjectStatus } from './commune-api.ts';
import { everyProject, filtersNothing, keepsProject, kindCounts, statusCounts } from './project-filters.ts';

const project = (status: ProjectStatus, kind: ProjectKind) => ({ status, kind });
const projects = [
  project('works', 'fibre_works'),
  project('delayed', 'fibre_works'),
  project('delayed', 'mobile_site'),
  project('works', 'water'),
  project('done', 'water'),
];

describe('keepsProject', () => {
  it('keeps every project with no filter', () => {
    assert.equal(projects.filter((p) => keepsProject(everyProject, p)).length, projects.length);
    assert.equal(filtersNothing(everyProject), true);
  });

  it('keeps the statuses ticked, of the kind chosen', () => {
    const filter = { statuses: new Set<ProjectStatus>(['delayed', 'works']), kind: 'fibre_works' as const };
    assert.deepEqual(
      projects.filter((p) => keepsProject(filter, p)),
      [project('works', 'fibre_works'), project('delayed', 'fibre_works')],
    );
    assert.equal(filtersNothing(filter), false);
  });

  it('keeps nothing when no status is ticked', () => {
    const filter = { statuses: new Set<ProjectStatus>(), kind: null };
    assert.deepEqual(
      projects.filter((p) => keepsProject(filter, p)),
      [],
    );
  });
});

describe('counts', () => {
  it('count statuses among the kind chosen, every status listed', () => {
    assert.deepEqual(statusCounts(projects, { ...everyProject, kind: 'water' }), {
      planned: 0,
      studies: 0,
      works: 1,
      delayed: 0,
      done: 1,
      cancelled: 0,
    });
  });

  it('count kinds among the statuses ticked', () => {
    const counts = kindCounts(projects, { statuses: new Set<ProjectStatus>(['delayed']), kind: 'water' });
    assert.equal(counts.fibre_works, 1);
    assert.equal(counts.mobile_site, 1);
    assert.equal(counts.water, 0);
    assert.equal(counts.roads, 0);
  });
});
