import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  extraLegendFilter,
  extraLegends,
  legendQueryFilters,
  selectedLegendValues,
} from './legend-filters.ts';

const coverage = {
  id: 'mobile-coverage',
  legend: {
    property: 'technology',
    items: ['2g', '3g', '4g', '5g'].map((value) => ({
      value,
      label: { fr: value, en: value },
      color: '#000',
    })),
  },
  filters: { technology: ['2g', '3g', '4g', '5g'], level: ['good', 'fair'] },
};
const communes = {
  ...coverage,
  id: 'communes',
  legend: { ...coverage.legend, property: 'province' },
  filters: {},
};

describe('legend filters', () => {
  it('reads links shared before technologies were spelled lowercase', () => {
    assert.deepEqual(selectedLegendValues(coverage, { 'mobile-coverage': ['4G', '5g'] }), ['4g', '5g']);
  });

  it('start mobile coverage on 4G alone', () => {
    assert.deepEqual(selectedLegendValues(coverage, null), ['4g']);
    assert.deepEqual(legendQueryFilters(coverage, ['4g']), { technology: ['4g'] });
  });
  it('follow the URL, dropping values the layer does not know', () => {
    assert.deepEqual(selectedLegendValues(coverage, { 'mobile-coverage': ['5g', '6g'] }), ['5g']);
  });
  it('send no filter when every value is selected', () => {
    assert.equal(selectedLegendValues(coverage, { 'mobile-coverage': ['2g', '3g', '4g', '5g'] }), null);
    assert.deepEqual(legendQueryFilters(coverage, null), {});
  });
  it('ask for nothing when nothing is selected', () => {
    assert.deepEqual(selectedLegendValues(coverage, { 'mobile-coverage': [] }), []);
    assert.equal(legendQueryFilters(coverage, []), null);
  });
  it('leave layers whose legend is not a filter alone', () => {
    assert.equal(selectedLegendValues(communes, { communes: ['SUD'] }), null);
  });
});

describe('extra legends (coverage levels)', () => {
  const withLevels = {
    ...coverage,
    attributes: [
      {
        name: 'level',
        type: 'enum' as const,
        label: { fr: 'Niveau', en: 'Level' },
        values: [
          { value: 'good', label: { fr: 'Bonne', en: 'Good' } },
          { value: 'fair', label: { fr: 'Limitée', en: 'Fair' } },
        ],
      },
    ],
  };
  it('list every level of mobile coverage, keyed apart from the technology legend', () => {
    const [levels] = extraLegends(withLevels);
    assert.equal(levels?.key, 'mobile-coverage.level');
    assert.deepEqual(
      levels?.items.map((item) => item.value),
      ['good', 'fair'],
    );
  });
  it('filter nothing on the map until a level is unticked', () => {
    assert.equal(extraLegendFilter(withLevels, null), null);
    assert.equal(extraLegendFilter(withLevels, { 'mobile-coverage.level': ['good', 'fair'] }), null);
  });
  it('keep only the ticked levels on the map', () => {
    assert.deepEqual(extraLegendFilter(withLevels, { 'mobile-coverage.level': ['good'] }), [
      'all',
      ['in', ['get', 'level'], ['literal', ['good']]],
    ]);
    assert.deepEqual(extraLegendFilter(withLevels, { 'mobile-coverage.level': [] }), [
      'all',
      ['in', ['get', 'level'], ['literal', []]],
    ]);
  });
  it('leave the technology selection alone', () => {
    const selection = { 'mobile-coverage.level': ['fair'] };
    assert.deepEqual(selectedLegendValues(withLevels, selection), ['4g']);
  });
});
