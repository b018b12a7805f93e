// The wizard's choices as import options, the mapping kept one field per property, the values
// offered for mapping kept across dry runs, and the layers read from the server's question.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportReport } from './import-api.ts';
import {
  freshChoices,
  layersNamedIn,
  optionsOf,
  valuesToMap,
  withFieldMapped,
  withValueMapped,
  type WizardChoices,
} from './wizard-choices.ts';

const reportWith = (unmappedValues: ImportReport['unmappedValues']) => ({ unmappedValues }) as ImportReport;

describe('optionsOf', () => {
  it('sends the target alone at first, so the server proposes the rest', () => {
    assert.deepEqual(optionsOf(freshChoices('wifi-terminals'), true), {
      target: 'wifi-terminals',
      dryRun: true,
    });
  });

  it('sends every choice made, and no property left without a value', () => {
    let choices: WizardChoices = { ...freshChoices('schools'), crs: '3163', key: 'name' };
    choices = withValueMapped(choices, 'level', 'Collège', 'secondary');
    choices = withValueMapped(choices, 'connection', 'ADSL2', 'dsl');
    choices = withValueMapped(choices, 'connection', 'ADSL2', '');
    assert.deepEqual(optionsOf(choices, false), {
      target: 'schools',
      crs: '3163',
      key: 'name',
      values: { level: { Collège: 'secondary' } },
      dryRun: false,
    });
  });
});

describe('withFieldMapped', () => {
  const shown = { Nom: 'siteName', Site: null, Statut: 'status' };

  it('takes the property from the field that had it', () => {
    const next = withFieldMapped(freshChoices('wifi-terminals'), shown, 'Site', 'siteName');
    assert.deepEqual(next.mapping, { Nom: null, Site: 'siteName', Statut: 'status' });
  });

  it('drops the key when no field gives it any more', () => {
    const choices = { ...freshChoices('wifi-terminals'), key: 'siteName' };
    assert.equal(withFieldMapped(choices, shown, 'Nom', null).key, '');
    assert.equal(withFieldMapped(choices, shown, 'Statut', null).key, 'siteName');
  });
});

describe('valuesToMap', () => {
  it('adds the values a report could not map and keeps those mapped before', () => {
    const first = valuesToMap(
      [],
      reportWith([{ property: 'status', field: 'Statut', values: [{ value: 'Hors ligne', count: 1 }] }]),
    );
    assert.deepEqual(first, [{ property: 'status', field: 'Statut', value: 'Hors ligne', count: 1 }]);
    assert.deepEqual(valuesToMap(first, reportWith([])), first);
    const again = valuesToMap(
      first,
      reportWith([{ property: 'status', field: 'Statut', values: [{ value: 'Hors ligne', count: 3 }] }]),
    );
    assert.deepEqual(again, [{ property: 'status', field: 'Statut', value: 'Hors ligne', count: 3 }]);
  });
});

describe('layersNamedIn', () => {
  it('reads the layers of "several layers, choose one"', () => {
    assert.deepEqual(layersNamedIn('sourceLayer: the file holds 2 layers (bornes, sites_2024); choose one'), [
      'bornes',
      'sites_2024',
    ]);
  });

  it('reads the layers of "no layer x; it has …"', () => {
    assert.deepEqual(layersNamedIn('sourceLayer: the file has no layer x; it has a, b'), ['a', 'b']);
  });

  it('finds none in other words', () => {
    assert.deepEqual(layersNamedIn('crs: choose one'), []);
  });
});
