import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerInfo } from '../api.ts';
import { describeFeature } from './feature-attributes.ts';

const localized = (fr: string, en: string) => ({ fr, en });

const mobileSites: LayerInfo = {
  id: 'mobile-sites',
  group: 'mobile',
  title: localized('Mobile : sites', 'Mobile: sites'),
  geometryType: 'Point',
  featureCount: 1,
  extent: null,
  attributes: [
    { name: 'name', label: localized('Nom', 'Name'), type: 'text' },
    { name: 'technologies', label: localized('Technologies', 'Technologies'), type: 'list' },
    {
      name: 'status',
      label: localized('Statut', 'Status'),
      type: 'enum',
      values: [
        { value: 'on-air', label: localized('En service', 'On air') },
        { value: 'planned', label: localized('Prévu', 'Planned') },
      ],
    },
    { name: 'subscribers', label: localized('Abonnés', 'Subscribers'), type: 'integer' },
    { name: 'onAirSince', label: localized('En service depuis', 'On air since'), type: 'date' },
  ],
  legend: { property: 'status', items: [] },
  filters: {},
};

const fr = { language: 'fr' as const, missing: 'non renseigné', commune: 'Commune' };
const en = { language: 'en' as const, missing: 'not recorded', commune: 'Commune' };
const valueOf = (rows: { name: string; value: string }[], name: string) =>
  rows.find((row) => row.name === name)?.value;

describe('describeFeature', () => {
  // MapLibre returns array properties of rendered features as JSON text: this is what a click gives.
  const clicked = {
    name: 'Site de Koné',
    technologies: '["2G","4G"]',
    status: 'on-air',
    subscribers: 1234,
    onAirSince: '2023-03-01',
    communeName: 'Koné',
  };

  it('titles the popup with the feature name and does not repeat it below', () => {
    const { title, rows } = describeFeature(mobileSites, clicked, fr);
    assert.equal(title, 'Site de Koné');
    assert.equal(valueOf(rows, 'name'), undefined);
  });

  it('falls back to the layer title for an unnamed feature', () => {
    assert.equal(describeFeature(mobileSites, { status: 'planned' }, en).title, 'Mobile: sites');
  });

  it('labels attributes and enum values in the reader’s language', () => {
    const french = describeFeature(mobileSites, clicked, fr).rows;
    const english = describeFeature(mobileSites, clicked, en).rows;
    assert.deepEqual(
      french.find((row) => row.name === 'status'),
      { name: 'status', label: 'Statut', value: 'En service' },
    );
    assert.equal(valueOf(english, 'status'), 'On air');
  });

  it('joins lists in words, from an array or from JSON text', () => {
    assert.equal(valueOf(describeFeature(mobileSites, clicked, fr).rows, 'technologies'), '2G et 4G');
    const fromArray = { ...clicked, technologies: ['2G', '3G', '4G'] };
    assert.equal(valueOf(describeFeature(mobileSites, fromArray, en).rows, 'technologies'), '2G, 3G and 4G');
  });

  it('formats numbers and calendar dates for the locale, without shifting the day', () => {
    const french = describeFeature(mobileSites, clicked, fr).rows;
    assert.match(valueOf(french, 'subscribers') ?? '', /^1\s234$/u);
    assert.equal(valueOf(french, 'onAirSince'), '1 mars 2023');
    assert.equal(valueOf(describeFeature(mobileSites, clicked, en).rows, 'onAirSince'), '1 March 2023');
  });

  it('says when a value is missing', () => {
    const rows = describeFeature(
      mobileSites,
      { status: 'planned', technologies: '[]', onAirSince: null },
      fr,
    ).rows;
    assert.equal(valueOf(rows, 'technologies'), 'non renseigné');
    assert.equal(valueOf(rows, 'onAirSince'), 'non renseigné');
    assert.equal(valueOf(rows, 'subscribers'), 'non renseigné');
  });

  it('adds the commune every feature belongs to', () => {
    const rows = describeFeature(mobileSites, clicked, fr).rows;
    assert.deepEqual(rows.at(-1), { name: 'communeName', label: 'Commune', value: 'Koné' });
  });
});
