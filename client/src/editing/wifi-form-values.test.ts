// The form's values: through the shared schema, down to the change to send and the differences shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedAttributes, changeOf, checkValues, conflictRows, formValuesOf } from './wifi-form-values.ts';

const terminal = {
  siteName: 'Mairie de Bourail',
  status: 'active',
  openingHours: '7h-18h',
  inServiceSince: null,
  version: 3,
};

describe('wifi form values', () => {
  it('reads a feature into strings, a missing date as empty', () => {
    assert.deepEqual(formValuesOf(terminal), {
      siteName: 'Mairie de Bourail',
      status: 'active',
      openingHours: '7h-18h',
      inServiceSince: '',
    });
  });

  it('turns an empty date into null and keeps a good one', () => {
    const checked = checkValues({ ...formValuesOf(terminal), inServiceSince: '2024-05-02' });
    assert.ok(checked.ok);
    assert.equal(checked.properties.inServiceSince, '2024-05-02');
    const blank = checkValues(formValuesOf(terminal));
    assert.ok(blank.ok);
    assert.equal(blank.properties.inServiceSince, null);
  });

  it("gives the schema's message per field", () => {
    const checked = checkValues({ ...formValuesOf(terminal), siteName: '  ', inServiceSince: '2024-13-40' });
    assert.ok(!checked.ok);
    assert.equal(checked.errors.siteName, 'must not be empty');
    assert.match(checked.errors.inServiceSince ?? '', /YYYY-MM-DD/);
    assert.equal(checked.errors.openingHours, undefined);
  });

  it('sends only what changed', () => {
    const checked = checkValues({ ...formValuesOf(terminal), openingHours: '6h-22h' });
    assert.ok(checked.ok);
    assert.deepEqual(changeOf(terminal, checked.properties), { openingHours: '6h-22h' });
  });

  it('lists the attributes that changed between two states, position included', () => {
    const before = { geometry: { type: 'Point', coordinates: [165.1, -21.2] }, properties: terminal };
    const after = {
      geometry: { type: 'Point', coordinates: [165.2, -21.2] },
      properties: { ...terminal, openingHours: '6h-22h', version: 4 },
    };
    assert.deepEqual(changedAttributes(before, after), [
      { name: 'openingHours', before: '7h-18h', after: '6h-22h' },
      { name: 'position', before: '165.10000, -21.20000', after: '165.20000, -21.20000' },
    ]);
    assert.deepEqual(
      changedAttributes(null, after).map((change) => change.name),
      ['siteName', 'status', 'openingHours', 'position'],
    );
  });

  it('puts my change beside what the feature holds now', () => {
    assert.deepEqual(conflictRows({ openingHours: '6h-22h' }, { ...terminal, openingHours: '8h-12h' }), [
      { name: 'openingHours', mine: '6h-22h', current: '8h-12h' },
    ]);
  });
});
