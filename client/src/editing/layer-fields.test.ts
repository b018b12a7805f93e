// The form's fields come from the server's schema, labelled by the catalogue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layers } from '../../../server/layers/catalogue.ts';
import type { LayerInfo } from '../api.ts';
import { formFieldsOf } from './layer-fields.ts';

/** The catalogue as GET /api/layers describes it (what matters to forms). */
const catalogue = layers.map(
  (layer) =>
    ({
      ...layer,
      attributes: layer.attributes.map(({ sql: _sql, ...attribute }) => attribute),
    }) as unknown as LayerInfo,
);
const fieldsOf = (id: string) => {
  const info = catalogue.find((layer) => layer.id === id);
  assert.ok(info, id);
  return formFieldsOf(info, catalogue);
};

describe('layer form fields', () => {
  it('gives each property of the schema a field of its kind, labelled from the catalogue', () => {
    const fields = fieldsOf('po-boxes');
    assert.deepEqual(
      fields.map(({ name, kind, nullable }) => [name, kind, nullable]),
      [
        ['name', 'text', false],
        ['boxes', 'integer', false],
        ['boxesInUse', 'integer', false],
        ['status', 'enum', false],
        ['installedOn', 'date', true],
      ],
    );
    assert.deepEqual(fields[0]?.label, { fr: 'Nom', en: 'Name' });
    assert.equal(fields[0]?.maxLength, 120);
    assert.equal(fields[1]?.min, 1);
    assert.deepEqual(
      fields[3]?.options.map((option) => option.label.fr),
      ['Prévu', 'Installé'],
    );
  });

  it("leaves out what the server measures (a cable's length)", () => {
    assert.deepEqual(
      fieldsOf('fibre-cables').map((field) => field.name),
      ['name', 'kind', 'status'],
    );
  });

  it('makes a list of technologies checkboxes, labelled as the coverage layer labels them', () => {
    const technologies = fieldsOf('mobile-sites').find((field) => field.name === 'technologies');
    assert.equal(technologies?.kind, 'list');
    assert.deepEqual(
      technologies?.options.map((option) => [option.value, option.label.en]),
      [
        ['2g', '2G'],
        ['3g', '3G'],
        ['4g', '4G'],
        ['5g', '5G'],
      ],
    );
  });

  it('has no fields for a layer that is not edited', () => {
    assert.deepEqual(fieldsOf('communes'), []);
  });
});
