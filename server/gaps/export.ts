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
  'people',
  'distanceM',
  'distanceFibreM',
  'distance4gM',
  'distanceMobileM',
  'lon',
  'lat',
];

export function gapsCsv(ranked: RankedGap[]): string {
  return (
    '\uFEFF' +
    stringify(
      ranked.map((gap) => columns.map((column) => gap[column])),
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
