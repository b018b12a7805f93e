// The edit buttons follow the server's rule: planners everywhere, a commune at home only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Account } from '../editing/edit-api.ts';
import { mayEditProjectsOf } from './project-permissions.ts';

const account = (role: Account['role'], commune: string | null = null): Account => ({
  id: 1,
  email: 'x@example.nc',
  role,
  commune,
});

describe('who may edit the projects of a commune', () => {
  it('lets a planner edit every commune', () => {
    assert.equal(mayEditProjectsOf(account('planner'), '98811'), true);
  });
  it('lets a commune account edit its own commune only', () => {
    assert.equal(mayEditProjectsOf(account('commune', '98811'), '98811'), true);
    assert.equal(mayEditProjectsOf(account('commune', '98811'), '98818'), false);
  });
  it('gives nobody else the buttons', () => {
    assert.equal(mayEditProjectsOf(null, '98811'), false);
    assert.equal(mayEditProjectsOf(account('admin'), '98811'), false);
  });
});
