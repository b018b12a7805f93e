// What every download says about itself: where the data comes from, under which licence, as of
// which date, in which coordinate system, and whether it is the generated sample; and the files a
// layer is offered as (format × CRS).
import type { Localized } from '../layers/catalogue.ts';

/** The operator's choice for the public layers: Etalab's Licence Ouverte 2.0. */
export const LICENCE = {
  id: 'etalab-2.0',
  title: { fr: 'Licence Ouverte 2.0 (Etalab)', en: 'Open Licence 2.0 (Etalab)' } satisfies Localized,
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

export const CRS = {
  4326: { name: 'WGS 84 (EPSG:4326)', urn: 'urn:ogc:def:crs:OGC:1.3:CRS84', decimals: 7 },
  3163: {
    name: 'RGNC91-93 / Lambert New Caledonia (EPSG:3163)',
    urn: 'urn:ogc:def:crs:EPSG::3163',
    decimals: 2,
  },
} as const;
export type ExportCrs = keyof typeof CRS;

/** The file formats, with their media type (GeoPackage's is registered with IANA, OGC 12-128r19). */
export const FORMATS = {
  geojson: { extension: 'geojson', mediaType: 'application/geo+json; charset=utf-8' },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  gpkg: { extension: 'gpkg', mediaType: 'application/geopackage+sqlite3' },
} as const;
export type ExportFormat = keyof typeof FORMATS;

/** The downloads the open data list offers for every layer (CSV with its geometry as WKT). */
export const LISTED_DOWNLOADS: readonly { format: ExportFormat; crs: ExportCrs }[] = (
  ['geojson', 'csv', 'gpkg'] as const
).flatMap((format) => ([4326, 3163] as const).map((crs) => ({ format, crs })));

export interface DownloadMetadata {
  title: Localized;
  source: string;
  licence: typeof LICENCE;
  asOf: string;
  crs: string;
  sample: boolean;
}
