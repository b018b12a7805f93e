// A form's values: through the shared schema, down to the change to send and the differences shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layers } from '../../../server/layers/catalogue.ts';
import type { LayerInfo } from '../api.ts';
import {
  blankValues,
  changedAttributes,
  changeOf,
  checkValues,
  conflictRows,
  formValuesOf,
  geometryText,
} from './form-values.ts';
import { formFieldsOf } from './layer-fields.ts';

const catalogue = layers.map(
  (layer) =>
    ({
      ...layer,
      attributes: layer.attributes.map(({ sql: _sql, ...attribute }) => attribute),
    }) as unknown as LayerInfo,
);
const fieldsOf = (id: string) =>
  formFieldsOf(catalogue.find((layer) => layer.id === id) as LayerInfo, catalogue);
const wifi = fieldsOf('wifi-terminals');
const sites = fieldsOf('mobile-sites');
const zones = fieldsOf('fibre-zones');

const terminal = {
  siteName: 'Mairie de Bourail',
  status: 'active',
  openingHours: '7h-18h',
  inServiceSince: null,
  version: 3,
};

describe('layer form values', () => {
  it('reads a feature into strings, a missing date as empty, a list as its values', () => {
    assert.deepEqual(formValuesOf(wifi, terminal), {
      siteName: 'Mairie de Bourail',
      status: 'active',
      openingHours: '7h-18h',
      inServiceSince: '',
    });
    assert.deepEqual(
      formValuesOf(sites, { name: 'Koné', technologies: ['4g'], status: 'on-air' }).technologies,
      ['4g'],
    );
  });

  it('starts a new feature as planned, with empty texts and no technology', () => {
    assert.deepEqual(blankValues(sites), { name: '', technologies: [], status: 'planned' });
  });

  it('turns an empty date into null, a number into a number', () => {
    const checked = checkValues('fibre-zones', zones, {
      name: 'Zone du test',
      status: 'planned',
      plannedYear: '2027',
      deployedOn: '',
      premisesPassed: '120',
    });
    assert.ok(checked.ok);
    assert.deepEqual(checked.properties, {
      name: 'Zone du test',
      status: 'planned',
      plannedYear: 2027,
      deployedOn: null,
      premisesPassed: 120,
    });
  });

  it("gives the schema's message per field", () => {
    const checked = checkValues('fibre-zones', zones, {
      name: '  ',
      status: 'planned',
      plannedYear: '2050',
      deployedOn: '2024-13-40',
      premisesPassed: '',
    });
    assert.ok(!checked.ok);
    assert.equal(checked.errors.name, 'must not be empty');
    assert.equal(checked.errors.plannedYear, 'until 2040');
    assert.match(checked.errors.deployedOn ?? '', /YYYY-MM-DD/);
    assert.equal(checked.errors.premisesPassed, 'required');
    assert.equal(checked.errors.status, undefined);
  });

  it('refuses a site without technology', () => {
    const checked = checkValues('mobile-sites', sites, { name: 'Site', technologies: [], status: 'planned' });
    assert.ok(!checked.ok);
    assert.equal(checked.errors.technologies, 'at least one technology');
  });

  it('sends only what changed, lists compared by their values', () => {
    const base = { name: 'Site', technologies: ['3g', '4g'], status: 'on-air' };
    assert.deepEqual(changeOf(sites, base, { ...base, technologies: ['3g', '4g'] }), {});
    assert.deepEqual(changeOf(sites, base, { ...base, technologies: ['4g'] }), { technologies: ['4g'] });
  });

  it('lists the attributes that changed between two states, the geometry included', () => {
    const before = { geometry: { type: 'Point', coordinates: [165.1, -21.2] }, properties: terminal };
    const after = {
      geometry: { type: 'Point', coordinates: [165.2, -21.2] },
      properties: { ...terminal, openingHours: '6h-22h', version: 4 },
    };
    assert.deepEqual(changedAttributes(wifi, before, after), [
      { name: 'openingHours', before: '7h-18h', after: '6h-22h' },
      { name: 'geometry', before: '165.10000, -21.20000', after: '165.20000, -21.20000' },
    ]);
    const line = (coordinates: number[][]) => ({
      geometry: { type: 'LineString', coordinates },
      properties: {},
    });
    assert.deepEqual(
      changedAttributes(
        [],
        line([
          [165, -21],
          [165.1, -21],
        ]),
        line([
          [165, -21],
          [165.05, -21.1],
          [165.1, -21],
        ]),
      ),
      [{ name: 'geometry', before: 'vertices:2', after: 'vertices:3' }],
    );
  });

  it("counts an area's corners, not the position that closes its ring", () => {
    const ring = [
      [165, -21],
      [165.1, -21],
      [165.1, -21.1],
      [165, -21],
    ];
    assert.equal(geometryText({ type: 'MultiPolygon', coordinates: [[ring]] }), 'vertices:3');
    assert.equal(geometryText({ type: 'LineString', coordinates: ring }), 'vertices:4');
    assert.equal(geometryText({ type: 'LineString', coordinates: ring.slice(0, 3) }), 'vertices:3');
  });

  it('puts my change beside what the feature holds now', () => {
    assert.deepEqual(
      conflictRows(
        wifi,
        { properties: { openingHours: '6h-22h' } },
        { properties: { ...terminal, openingHours: '8h-12h' } },
      ),
      [{ name: 'openingHours', mine: '6h-22h', current: '8h-12h' }],
    );
    const moved = { type: 'Point' as const, coordinates: [165.3, -21.4] };
    assert.deepEqual(
      conflictRows(wifi, { geometry: moved }, { geometry: { type: 'Point', coordinates: [165.2, -21.4] } }),
      [{ name: 'geometry', mine: '165.30000, -21.40000', current: '165.20000, -21.40000' }],
    );
  });
});
