import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvLine } from './csv-cells.ts';

test('cells a spreadsheet would take for a formula are shown as text', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+33 1'), "'+33 1");
  assert.equal(csvCell('-22.27'), "'-22.27", 'a text that looks like a number stays text');
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-22.27), '-22.27', 'a number is a number');
  assert.equal(csvCell('Borne de la Moselle'), 'Borne de la Moselle');
});

test('quotes, commas and line breaks are quoted; empty values are empty', () => {
  assert.equal(csvCell('Baie, "Moselle"'), '"Baie, ""Moselle"""');
  assert.equal(csvCell('a\nb'), '"a\nb"');
  assert.equal(csvCell(null), '');
  assert.equal(csvLine([1, 'x', null, ['4g', '5g']]), '1,x,,4g 5g\r\n');
});
