import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatters } from './planning-format.ts';

// Intl separates thousands with a narrow no-break space in French: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const fr = formatters('fr-NC');
const en = formatters('en-GB');

describe('formatters', () => {
  it('prints shares as percentages with one decimal', () => {
    assert.equal(plain(fr.share(0.5129)), '51,3 %');
    assert.equal(en.share(0.5129), '51.3%');
    assert.equal(plain(fr.share(1)), '100,0 %');
  });

  it('groups counts for the language', () => {
    assert.equal(plain(fr.count(271407)), '271 407');
    assert.equal(en.count(271407), '271,407');
  });

  it('prints metres as kilometres with one decimal', () => {
    assert.equal(plain(fr.km(2953)), '3,0 km');
    assert.equal(en.km(400), '0.4 km');
  });

  it('keeps the decimal of a rate', () => {
    assert.equal(plain(fr.value(116.7, 'rate')), '116,7');
    assert.equal(en.value(0.0734, 'share'), '7.3%');
    assert.equal(en.value(41250, 'count'), '41,250');
  });
});
