import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { communeFormatters } from './commune-format.ts';

const fr = communeFormatters('fr-NC');
const en = communeFormatters('en-GB');

describe('communeFormatters', () => {
  it('prints a calendar day as it is, whatever the time zone', () => {
    assert.equal(fr.day('2026-02-05'), '5 févr. 2026');
    assert.equal(en.day('2026-02-05'), '5 Feb 2026');
    assert.equal(fr.day('2026-12-31'), '31 déc. 2026');
  });

  it('prints a date standing alone with its month in full', () => {
    assert.equal(fr.longDay('2026-06-30'), '30 juin 2026');
    assert.equal(en.longDay('2026-06-30'), '30 June 2026');
  });

  it('prints a period once for what both ends share, the dash between thin spaces', () => {
    assert.equal(fr.period('2026-02-05', '2026-07-04'), '5 févr.\u2009–\u20094 juil. 2026');
    assert.equal(en.period('2026-04-04', '2026-09-11'), '4 Apr\u2009–\u200911 Sept 2026');
    assert.equal(fr.period('2026-02-05', '2027-07-04'), '5 févr. 2026\u2009–\u20094 juil. 2027');
  });

  it('signs a slip, late or early', () => {
    assert.equal(fr.signed(45), '+45');
    assert.equal(fr.signed(-3), '-3');
    assert.equal(fr.signed(0), '0');
  });

  it('groups thousands the way each language does', () => {
    assert.equal(fr.count(8144), '8\u202f144');
    assert.equal(en.count(8144), '8,144');
  });
});
