import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileSizeFormatter } from './file-size.ts';

// Intl puts a no-break space between number and unit: compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('file sizes', () => {
  const fr = fileSizeFormatter('fr-NC');
  const en = fileSizeFormatter('en-GB');

  it('prints megabytes with one decimal in the reader’s language', () => {
    assert.equal(plain(fr(1_234_567)), '1,2 Mo');
    assert.equal(plain(en(1_234_567)), '1.2 MB');
  });

  it('prints kilobytes, and drops the decimal past a hundred', () => {
    assert.equal(plain(fr(118_784)), '119 ko');
    assert.equal(plain(en(45_056)), '45.1 kB');
  });

  it('prints small files in bytes, in full', () => {
    assert.equal(plain(fr(512)), '512 octets');
    assert.equal(plain(en(512)), '512 bytes');
    assert.equal(plain(en(0)), '0 bytes');
  });

  it('goes up a unit rather than print a thousand of one', () => {
    assert.equal(plain(en(999_960)), '1 MB');
    assert.equal(plain(en(2_500_000_000)), '2.5 GB');
  });
});
