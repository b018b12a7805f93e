import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noCommuneState } from './commune/commune-url.ts';
import { noPlanningState } from './planning/planning-url.ts';
import { noRequestsFilter } from './requests/requests-url.ts';
import { formatUrlState, parseUrlState } from './url-state.ts';

const parse = (href: string) => parseUrlState(new URL(href));

describe('parseUrlState', () => {
  it('reads view, layers and language from the hash', () => {
    assert.deepEqual(parse('http://app/#map=8/-21.3/165.5&layers=fibre-zones,wifi-terminals&lang=en'), {
      screen: null,
      communePage: null,
      view: { zoom: 8, lat: -21.3, lon: 165.5 },
      layers: ['fibre-zones', 'wifi-terminals'],
      filters: null,
      lang: 'en',
      planning: noPlanningState,
      commune: noCommuneState,
      requests: noRequestsFilter,
    });
  });

  it('reads legend filters per layer', () => {
    assert.deepEqual(parse('http://app/#f.mobile-coverage=4g,5g&f.wifi-terminals=&f.=x').filters, {
      'mobile-coverage': ['4g', '5g'],
      'wifi-terminals': [],
    });
  });

  it('says nothing for what the URL does not say', () => {
    assert.deepEqual(parse('http://app/'), {
      screen: null,
      communePage: null,
      view: null,
      layers: null,
      filters: null,
      lang: null,
      planning: noPlanningState,
      commune: noCommuneState,
      requests: noRequestsFilter,
    });
  });

  it('reads the view asked for, and ignores one the app does not have', () => {
    assert.equal(parse('http://app/#view=planning').screen, 'planning');
    assert.equal(parse('http://app/#view=map').screen, null, 'the map is the default, not a hash view');
    assert.equal(
      parse('http://app/#view=commune').screen,
      null,
      'a commune workspace has a path, not a hash view',
    );
    assert.equal(parse('http://app/#view=atlas').screen, null);
  });

  it('reads an empty layer list as "no layer", not as the default', () => {
    assert.deepEqual(parse('http://app/#layers=').layers, []);
  });

  it('accepts ?lang= and lets the hash win over it', () => {
    assert.equal(parse('http://app/?lang=en').lang, 'en');
    assert.equal(parse('http://app/?lang=en#lang=fr').lang, 'fr');
  });

  it('ignores a language the app does not speak', () => {
    assert.equal(parse('http://app/#lang=de').lang, null);
  });

  for (const map of [
    '8/-21.3',
    '8/-21.3/165.5/2',
    'x/-21.3/165.5',
    '30/-21.3/165.5',
    '8/-95/165.5',
    '8/-21.3/181',
  ]) {
    it(`ignores the malformed or out-of-range view "${map}"`, () => {
      assert.equal(parse(`http://app/#map=${map}`).view, null);
    });
  }
});

describe('formatUrlState', () => {
  it('writes a hash that reads back the same', () => {
    const state = {
      screen: null,
      communePage: null,
      view: { zoom: 8, lat: -21.3, lon: 165.5 },
      layers: ['po-boxes', 'schools'],
      filters: { 'mobile-coverage': ['3g', '4g'] },
      lang: 'en' as const,
      planning: noPlanningState,
      commune: noCommuneState,
      requests: noRequestsFilter,
    };
    const url = formatUrlState(new URL('http://app/'), state);
    assert.equal(
      url,
      'http://app/#map=8/-21.3/165.5&layers=po-boxes,schools&f.mobile-coverage=3g,4g&lang=en',
    );
    assert.deepEqual(parse(url), state);
  });

  it('keeps as many decimals as a pixel needs at the zoom', () => {
    const view = { zoom: 12.3456, lat: -22.2712345678, lon: 166.4512345678 };
    const url = formatUrlState(new URL('http://app/'), {
      screen: null,
      communePage: null,
      view,
      layers: null,
      filters: null,
      lang: null,
      planning: noPlanningState,
      commune: noCommuneState,
      requests: noRequestsFilter,
    });
    assert.equal(url, 'http://app/#map=12.35/-22.27123/166.45123');
  });

  it('folds ?lang= into the hash and keeps the rest of the URL', () => {
    const url = formatUrlState(new URL('http://app/carte?lang=en&x=1'), {
      screen: null,
      communePage: null,
      view: null,
      layers: null,
      filters: null,
      lang: 'en',
      planning: noPlanningState,
      commune: noCommuneState,
      requests: noRequestsFilter,
    });
    assert.equal(url, 'http://app/?x=1#lang=en');
  });

  it('writes the Planning view and its choices beside the map state', () => {
    const state = {
      screen: 'planning' as const,
      communePage: null,
      view: { zoom: 9, lat: -22.2, lon: 166.4 },
      layers: null,
      filters: null,
      lang: 'en' as const,
      planning: { ...noPlanningState, technology: '4g' as const, year: 2020, whiteZones: true },
      commune: noCommuneState,
      requests: noRequestsFilter,
    };
    const url = formatUrlState(new URL('http://app/'), state);
    assert.equal(url, 'http://app/#view=planning&map=9/-22.2/166.4&tech=4g&year=2020&wz=1&lang=en');
    assert.deepEqual(parse(url), state);
  });

  it('gives a commune workspace and the public view paths of their own', () => {
    const base = parse('http://app/');
    assert.equal(
      formatUrlState(new URL('http://app/#view=planning'), {
        ...base,
        screen: 'commune',
        communePage: '98811',
      }),
      'http://app/commune/98811',
    );
    assert.equal(formatUrlState(new URL('http://app/'), { ...base, screen: 'public' }), 'http://app/ici');
  });
});

describe('the queue of requests', () => {
  it('reads /demandes and its filters from the query, dropping what cannot be one', () => {
    const state = parse('http://app/demandes?commune=98811&statut=planned');
    assert.equal(state.screen, 'requests');
    assert.deepEqual(state.requests, { commune: '98811', status: 'planned' });
    assert.deepEqual(parse('http://app/demandes?commune=12345&statut=<b>').requests, noRequestsFilter);
    assert.deepEqual(parse('http://app/?commune=98811').requests, noRequestsFilter, 'elsewhere: no filter');
  });

  it('writes the filters on /demandes, and leaves them behind on another view', () => {
    const state = parse('http://app/demandes?commune=98811&statut=new');
    const here = formatUrlState(new URL('http://app/demandes'), state);
    assert.equal(here, 'http://app/demandes?commune=98811&statut=new');
    assert.deepEqual(parse(here), state);
    const away = formatUrlState(new URL(here), { ...state, screen: 'planning' });
    assert.equal(away, 'http://app/#view=planning');
  });
});

describe('paths', () => {
  it('read a commune workspace, the commune picker and the public view', () => {
    assert.deepEqual(
      [parse('http://app/commune/98811#lang=en')].map((s) => [s.screen, s.communePage, s.lang]),
      [['commune', '98811', 'en']],
    );
    assert.deepEqual(
      [parse('http://app/commune/').screen, parse('http://app/commune/').communePage],
      ['commune', null],
    );
    assert.equal(parse('http://app/ici').screen, 'public');
    assert.equal(parse('http://app/donnees#lang=en').screen, 'openData');
  });

  it('write the open data page on its own path', () => {
    const state = parse('http://app/donnees');
    assert.equal(formatUrlState(new URL('http://app/'), state), 'http://app/donnees');
  });

  it('read and write the import wizard on its own path', () => {
    const state = parse('http://app/import#lang=en');
    assert.equal(state.screen, 'import');
    assert.equal(formatUrlState(new URL('http://app/'), state), 'http://app/import#lang=en');
  });

  it('treat an unknown path or a malformed commune code as the map', () => {
    assert.equal(parse('http://app/commune/123').screen, null);
    assert.equal(parse('http://app/elsewhere').screen, null);
  });
});
