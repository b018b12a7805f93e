// The ranked gaps as files for a meeting: CSV (RFC 4180, UTF-8 with a BOM so spreadsheets keep
// the accents) and GeoJSON points.
import { stringify } from 'csv-stringify/sync';
import type { RankedGap } from './queries.ts';
import type { Technology } from './technology.ts';

const columns: (keyof RankedGap)[] = [
  'rank',
  'kind',
  'name',
  'category',
  'communeInsee',
  'communeName',
  'inhabitants',
  'pupils',
  'distanceM',
  'distanceFibreM',
  'distance4gM',
  'distanceMobileM',
  'lon',
  'lat',
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will show as text: one starting like a formula gets a single quote
 * in front (OWASP's advice). Numbers stay numbers: a negative latitude is no formula.
 */
export function spreadsheetCell(value: RankedGap[keyof RankedGap]): RankedGap[keyof RankedGap] {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function gapsCsv(ranked: RankedGap[]): string {
  return (
    '\uFEFF' +
    stringify(
      ranked.map((gap) => columns.map((column) => spreadsheetCell(gap[column]))),
      { header: true, columns: columns.map(String), record_delimiter: '\r\n' },
    )
  );
}

export function gapsGeoJson(ranked: RankedGap[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: ranked.map(({ lon, lat, ...properties }) => ({
      type: 'Feature',
      id: `${properties.kind}-${properties.id}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    })),
  });
}

export function gapsFileName(technology: Technology, commune: string | undefined, extension: string): string {
  return `gaps-${technology}-${commune ?? 'nc'}.${extension}`;
}
