import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUrlState, parseUrlState } from '../url-state.ts';
import { projectStatuses } from './commune-api.ts';
import {
  communeHashParts,
  noCommuneState,
  parseCommuneHash,
  projectFilterOf,
  urlOfProjectFilter,
  type CommuneUrlState,
} from './commune-url.ts';
import { everyProject } from './project-filters.ts';

const hash = (text: string) => new URLSearchParams(text);
const state = (change: Partial<CommuneUrlState>): CommuneUrlState => ({ ...noCommuneState, ...change });

describe('parseCommuneHash', () => {
  it('reads the project whose details are open', () => {
    assert.deepEqual(parseCommuneHash(hash('project=12&lang=en')), state({ project: 12 }));
  });

  for (const project of ['', '0', '-3', '12a', '1.5', '01', '12345678901']) {
    it(`ignores the malformed project number "${project}"`, () => {
      assert.deepEqual(parseCommuneHash(hash(`project=${project}`)), noCommuneState);
    });
  }

  it('reads the statuses ticked, in the filters’ order, unknown ones dropped', () => {
    assert.deepEqual(parseCommuneHash(hash('status=delayed,works,late')).statuses, ['works', 'delayed']);
  });

  it('reads an empty list of statuses as none ticked, and every status as no filter', () => {
    assert.deepEqual(parseCommuneHash(hash('status=')).statuses, []);
    assert.equal(parseCommuneHash(hash(`status=${projectStatuses.join(',')}`)).statuses, null);
  });

  it('reads a kind of work, and ignores one it does not know', () => {
    assert.equal(parseCommuneHash(hash('kind=fibre_works')).kind, 'fibre_works');
    assert.equal(parseCommuneHash(hash('kind=tunnels')).kind, null);
  });

  it('reads a distance offered, and ignores any other', () => {
    assert.equal(parseCommuneHash(hash('distance=250')).distanceM, 250);
    for (const distance of ['', '0', '251', '-50', '1e3', 'far']) {
      assert.equal(parseCommuneHash(hash(`distance=${distance}`)).distanceM, null, distance);
    }
  });
});

describe('communeHashParts', () => {
  it('writes the project, or nothing', () => {
    assert.deepEqual(communeHashParts(state({ project: 148 })), ['project=148']);
    assert.deepEqual(communeHashParts(noCommuneState), []);
  });

  it('writes neither every status nor the default distance', () => {
    assert.deepEqual(communeHashParts(state({ statuses: [...projectStatuses], distanceM: 50 })), []);
  });

  it('writes no status ticked as an empty list', () => {
    assert.deepEqual(communeHashParts(state({ statuses: [] })), ['status=']);
  });
});

describe('the filters and the distance, written and read back', () => {
  const cases: [string, Partial<CommuneUrlState>][] = [
    ['nothing', {}],
    ['one status', { statuses: ['delayed'] }],
    ['several statuses', { statuses: ['planned', 'works', 'done'] }],
    ['no status', { statuses: [] }],
    ['a kind', { kind: 'water' }],
    ['a distance', { distanceM: 500 }],
    [
      'everything at once',
      { project: 19, statuses: ['works', 'delayed'], kind: 'fibre_works', distanceM: 100 },
    ],
  ];
  for (const [name, change] of cases) {
    it(`round-trips ${name}`, () => {
      const written = communeHashParts(state(change)).join('&');
      assert.deepEqual(parseCommuneHash(hash(written)), state(change), written);
    });
  }

  it('round-trips through the whole URL, beside the map and the language', () => {
    const url = new URL(
      'http://app/commune/98811#layers=schools&status=works,delayed&kind=roads&distance=250&lang=en',
    );
    const parsed = parseUrlState(url);
    assert.deepEqual(
      parsed.commune,
      state({ statuses: ['works', 'delayed'], kind: 'roads', distanceM: 250 }),
    );
    assert.equal(formatUrlState(new URL('http://app/'), parsed), url.toString());
  });
});

describe('the project filter and its share of the URL', () => {
  it('is every project when the URL says nothing', () => {
    assert.deepEqual(projectFilterOf(noCommuneState), everyProject);
    assert.deepEqual(urlOfProjectFilter(everyProject), { statuses: null, kind: null });
  });

  it('goes to the URL and back', () => {
    const filter = { statuses: new Set(['done', 'planned'] as const), kind: 'power' as const };
    const inUrl = urlOfProjectFilter(filter);
    assert.deepEqual(inUrl, { statuses: ['planned', 'done'], kind: 'power' });
    assert.deepEqual(projectFilterOf(inUrl), filter);
  });
});

describe('the project in the whole URL', () => {
  it('reads back from a commune page link, beside the language', () => {
    const parsed = parseUrlState(new URL('http://app/commune/98818#project=12&lang=en'));
    assert.equal(parsed.communePage, '98818');
    assert.deepEqual(parsed.commune, state({ project: 12 }));
    assert.equal(
      formatUrlState(new URL('http://app/commune/98818'), parsed),
      'http://app/commune/98818#project=12&lang=en',
    );
  });

  it('keeps the other keys of the hash when it changes', () => {
    const url = new URL('http://app/commune/98811#map=9/-21/164.8&layers=schools&lang=en');
    const parsed = parseUrlState(url);
    assert.equal(
      formatUrlState(url, { ...parsed, commune: state({ project: 148 }) }),
      'http://app/commune/98811#map=9/-21/164.8&layers=schools&project=148&lang=en',
    );
  });

  it('is not written outside the commune workspace', () => {
    const parsed = parseUrlState(new URL('http://app/commune/98818#project=12&status=done'));
    assert.equal(
      formatUrlState(new URL('http://app/'), { ...parsed, screen: null, communePage: null }),
      'http://app/',
    );
  });
});
