// What every download says about itself: where the data comes from, under which licence, as of
// which date, in which coordinate system, and whether it is the generated sample.
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

export interface DownloadMetadata {
  title: Localized;
  source: string;
  licence: typeof LICENCE;
  asOf: string;
  crs: string;
  sample: boolean;
}
