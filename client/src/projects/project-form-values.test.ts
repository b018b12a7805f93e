// The project form's values: through the shared schema, down to the change to send and the
// differences a history entry or a conflict shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  blankValues,
  changedAttributes,
  changeOf,
  checkValues,
  conflictRows,
  fieldOfParameter,
  formValuesOf,
} from './project-form-values.ts';

const project = {
  id: 43,
  title: 'Déploiement fibre — Zone FTTH Poindimié 03',
  communeInsee: '98822',
  kind: 'fibre_works',
  organisation: 'OPT-NC',
  status: 'works',
  plannedStart: '2026-03-01',
  plannedEnd: '2026-09-30',
  actualStart: '2026-04-15',
  actualEnd: null,
  slippageReason: null,
  publicNotes: '',
  version: 2,
};

describe('project form values', () => {
  it('reads a project into strings, what is unknown as empty', () => {
    const values = formValuesOf(project);
    assert.equal(values.actualEnd, '');
    assert.equal(values.slippageReason, '');
    assert.equal(values.plannedStart, '2026-03-01');
    assert.equal('version' in values, false);
  });

  it('turns empty dates and reasons into null, and keeps empty notes as text', () => {
    const checked = checkValues(formValuesOf(project));
    assert.ok(checked.ok);
    assert.equal(checked.properties.actualEnd, null);
    assert.equal(checked.properties.slippageReason, null);
    assert.equal(checked.properties.publicNotes, '');
  });

  it('puts each complaint of the schema next to its field', () => {
    const checked = checkValues({ ...formValuesOf(project), title: '  ', plannedEnd: '2026-02-30' });
    assert.equal(checked.ok, false);
    if (checked.ok) return;
    assert.deepEqual(Object.keys(checked.errors).sort(), ['plannedEnd', 'title']);
    assert.match(checked.errors.plannedEnd ?? '', /no such day/);
  });

  it('starts a new project in its commune, planned', () => {
    const values = blankValues('98811', '2026-12-03');
    assert.equal(values.communeInsee, '98811');
    assert.equal(values.status, 'planned');
    assert.equal(checkValues(values).ok, false, 'a new project needs a title and an organisation');
  });

  it('sends only what changed', () => {
    const checked = checkValues({ ...formValuesOf(project), status: 'delayed', actualEnd: '' });
    assert.ok(checked.ok);
    assert.deepEqual(changeOf(project, checked.properties), { status: 'delayed' });
  });

  it('lists the attributes a change made, and a conflict field by field', () => {
    const after = { properties: { ...project, status: 'done', actualEnd: '2026-10-01' } };
    assert.deepEqual(changedAttributes({ properties: project }, after), [
      { name: 'status', before: 'works', after: 'done' },
      { name: 'actualEnd', before: '', after: '2026-10-01' },
    ]);
    assert.deepEqual(conflictRows({ status: 'delayed' }, after.properties), [
      { name: 'status', mine: 'delayed', current: 'done' },
    ]);
  });

  it('reads the field a 400 names', () => {
    assert.equal(fieldOfParameter('properties.plannedEnd'), 'plannedEnd');
    assert.equal(fieldOfParameter('geometry'), null);
    assert.equal(fieldOfParameter(null), null);
  });
});
