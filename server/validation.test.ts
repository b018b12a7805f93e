// The shared validation helpers: excerpts stay short and cheap whatever came; numbers are plain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerpt, nameExcerpt } from './excerpt.ts';
import { decimalList, decimalParam, strictQuery } from './validation.ts';

test('an excerpt of a long string is 40 characters and an ellipsis, quoted', () => {
  assert.equal(excerpt('x'.repeat(10_000)), JSON.stringify(`${'x'.repeat(40)}…`));
  assert.equal(excerpt('abc'), '"abc"');
});

test('an excerpt shows control characters as escapes and never splits a character', () => {
  assert.equal(excerpt('a\u0000b'), '"a\\u0000b"');
  assert.equal(excerpt('𝒳'.repeat(50)), JSON.stringify(`${'𝒳'.repeat(40)}…`));
});

test('an excerpt of a huge or deep value reads only its beginning', () => {
  const huge = Array.from({ length: 1_000_000 }, (_, i) => [i, i]);
  let deep: unknown[] = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(excerpt(huge), '[[0,0],[1,1],[2,2],[3,3],[4,4],[5,5],[6,…');
  assert.equal(excerpt(deep), `${'['.repeat(40)}…`);
});

test('a parameter name from the request is cut to 40 characters', () => {
  assert.equal(nameExcerpt('n'.repeat(300)), `${'n'.repeat(40)}…`);
  assert.equal(nameExcerpt('bbox'), 'bbox');
});

test('numbers are plain decimals only: no hex, exponent, space, sign or Infinity', () => {
  const lon = decimalParam(-180, 180, 'expected a longitude');
  for (const good of ['166', '-22.5', '0', '-0', '180']) assert.ok(lon.safeParse(good).success, good);
  for (const bad of ['0xA5', '1e2', ' 1', '1 ', '+1', 'Infinity', 'NaN', '.5', '5.', '', '180.1', '1,5']) {
    assert.equal(lon.safeParse(bad).success, false, bad);
  }
  assert.deepEqual(decimalList('166,-22,167,-21'), [166, -22, 167, -21]);
  assert.equal(decimalList('0xA5,-22,167,-21'), null);
});

test('a strict query refuses an unknown parameter by name, Object.prototype names included', () => {
  const query = strictQuery({ q: decimalParam(0, 1, 'x').optional() });
  for (const name of ['colour', 'toString', '__proto__', 'constructor']) {
    const result = query.safeParse(JSON.parse(`{${JSON.stringify(name)}: "1"}`));
    assert.equal(result.success, false, name);
    assert.match(
      result.error?.issues[0]?.message ?? '',
      new RegExp(`unknown parameter "${name}"; expected one of: q`),
    );
  }
});
