import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUrlState, parseUrlState } from '../url-state.ts';
import { communeHashParts, parseCommuneHash } from './commune-url.ts';

const hash = (text: string) => new URLSearchParams(text);

describe('parseCommuneHash', () => {
  it('reads the project whose details are open', () => {
    assert.deepEqual(parseCommuneHash(hash('project=12&lang=en')), { project: 12 });
  });

  for (const project of ['', '0', '-3', '12a', '1.5', '01', '12345678901']) {
    it(`ignores the malformed project number "${project}"`, () => {
      assert.deepEqual(parseCommuneHash(hash(`project=${project}`)), { project: null });
    });
  }
});

describe('communeHashParts', () => {
  it('writes the project, or nothing', () => {
    assert.deepEqual(communeHashParts({ project: 148 }), ['project=148']);
    assert.deepEqual(communeHashParts({ project: null }), []);
  });
});

describe('the project in the whole URL', () => {
  it('reads back from a commune page link, beside the language', () => {
    const state = parseUrlState(new URL('http://app/commune/98818#project=12&lang=en'));
    assert.equal(state.communePage, '98818');
    assert.deepEqual(state.commune, { project: 12 });
    assert.equal(
      formatUrlState(new URL('http://app/commune/98818'), state),
      'http://app/commune/98818#project=12&lang=en',
    );
  });

  it('keeps the other keys of the hash when it changes', () => {
    const url = new URL('http://app/commune/98811#map=9/-21/164.8&layers=schools&lang=en');
    const state = parseUrlState(url);
    assert.equal(
      formatUrlState(url, { ...state, commune: { project: 148 } }),
      'http://app/commune/98811#map=9/-21/164.8&layers=schools&project=148&lang=en',
    );
  });

  it('is not written outside the commune workspace', () => {
    const state = parseUrlState(new URL('http://app/commune/98818#project=12'));
    assert.equal(
      formatUrlState(new URL('http://app/'), { ...state, screen: null, communePage: null }),
      'http://app/',
    );
  });
});
