// The CSV export neutralises cells a spreadsheet would run as formulas (OWASP CSV injection).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { gapsCsv } from './export.ts';
import type { RankedGap } from './queries.ts';

const gap = (name: string, communeName = 'Nouméa'): RankedGap => ({
  rank: 1,
  kind: 'settlement',
  id: 7,
  name,
  category: 'tribu',
  communeInsee: '98818',
  communeName,
  inhabitants: null,
  pupils: 120,
  distanceFibreM: null,
  distance4gM: 1500,
  distanceMobileM: 0,
  distanceM: null,
  lon: 166.45,
  lat: -22.25,
});

/** The CSV's rows as objects, the BOM removed. */
const rows = (csv: string) =>
  parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

for (const formula of [
  '=HYPERLINK("http://127.0.0.1/x","clic")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\tTab',
  '\rCR',
]) {
  test(`a name starting ${JSON.stringify(formula.slice(0, 2))} is written as text, with a leading quote`, () => {
    const [row] = rows(gapsCsv([gap(formula)]));
    assert.equal(row?.name, `'${formula}`);
  });
}

test('other text and every number are written as they are', () => {
  const [row] = rows(gapsCsv([gap("Tribu d'Ouvéa", 'Île-des-Pins')]));
  assert.equal(row?.name, "Tribu d'Ouvéa");
  assert.equal(row?.communeName, 'Île-des-Pins');
  assert.equal(row?.lat, '-22.25');
  assert.equal(row?.distance4gM, '1500');
});

test('a formula in any text column is neutralised, not only in the name', () => {
  const [row] = rows(gapsCsv([gap('Village', '=cmd|" /C calc"!A0')]));
  assert.equal(row?.communeName, `'=cmd|" /C calc"!A0`);
});
