import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDistance } from './distance.ts';

/** Intl separates number and unit with a no-break space; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDistance', () => {
  it('gives metres to the metre close by', () => {
    assert.equal(plain(formatDistance(0, 'fr-NC')), '0 m');
    assert.equal(plain(formatDistance(7.4, 'fr-NC')), '7 m');
    assert.equal(plain(formatDistance(99, 'en-GB')), '99 m');
  });

  it('rounds metres to ten from 100 m to under 1 km', () => {
    assert.equal(plain(formatDistance(317, 'fr-NC')), '320 m');
    assert.equal(plain(formatDistance(994, 'en-GB')), '990 m');
  });

  it('switches to kilometres with one decimal, in the language of the reader', () => {
    assert.equal(plain(formatDistance(995, 'fr-NC')), '1,0 km');
    assert.equal(plain(formatDistance(5096, 'fr-NC')), '5,1 km');
    assert.equal(plain(formatDistance(5096, 'en-GB')), '5.1 km');
  });

  it('gives whole kilometres from 10 km, grouped by thousands', () => {
    assert.equal(plain(formatDistance(10_576, 'fr-NC')), '11 km');
    assert.equal(plain(formatDistance(16_056, 'en-GB')), '16 km');
    assert.equal(plain(formatDistance(1_234_567, 'fr-NC')), '1 235 km');
    assert.equal(plain(formatDistance(1_234_567, 'en-GB')), '1,235 km');
  });

  it('never prints a negative distance', () => {
    assert.equal(plain(formatDistance(-3, 'fr-NC')), '0 m');
  });
});
