// The "Importer" link and the wizard: planners and admins, not commune accounts nor the public.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayImport } from './may-import.ts';

describe('mayImport', () => {
  it('lets planners and admins import', () => {
    assert.equal(mayImport({ role: 'planner' }), true);
    assert.equal(mayImport({ role: 'admin' }), true);
  });
  it('keeps commune accounts and the public out', () => {
    assert.equal(mayImport({ role: 'commune' }), false);
    assert.equal(mayImport(null), false);
  });
});
