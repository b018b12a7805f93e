// The coordinate reference systems of the OGC API (OGC API Features Part 2, 18-058r1): which
// ones a request may name (`crs`, `bbox-crs`, `filter-crs`), in which axis order their
// coordinates come, and their SRID for PostGIS. Geometries are stored in EPSG:4326 (lon/lat).
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const EPSG_4326 = 'http://www.opengis.net/def/crs/EPSG/0/4326';
/** RGNC91-93 / Lambert New Caledonia, the territory's projected CRS (easting, northing in metres). */
export const EPSG_3163 = 'http://www.opengis.net/def/crs/EPSG/0/3163';

export interface Crs {
  /** The canonical URI, as listed in a collection's `crs` and sent back in Content-Crs. */
  uri: string;
  srid: number;
  /** EPSG:4326 is latitude first (its EPSG axis order); CRS84 and EPSG:3163 are x first. */
  latFirst: boolean;
}

export const SUPPORTED_CRS: readonly Crs[] = [
  { uri: CRS84, srid: 4326, latFirst: false },
  { uri: EPSG_4326, srid: 4326, latFirst: true },
  { uri: EPSG_3163, srid: 3163, latFirst: false },
];
export const SUPPORTED_CRS_URIS = SUPPORTED_CRS.map((crs) => crs.uri);
export const DEFAULT_CRS = SUPPORTED_CRS[0] as Crs;

const byCode = (code: string) =>
  code === 'CRS84' ? DEFAULT_CRS : SUPPORTED_CRS.find((crs) => crs.uri.endsWith(`/EPSG/0/${code}`));

/**
 * The CRS a URI names, or undefined. Any EPSG dataset version is accepted in place of 0 (QGIS
 * sends `…/EPSG/9.6.2/3163`), http or https, and the URN forms `urn:ogc:def:crs:EPSG::3163`
 * and `urn:ogc:def:crs:OGC:1.3:CRS84`.
 */
export function crsNamed(raw: string): Crs | undefined {
  const text = raw.trim();
  const uri = /^https?:\/\/www\.opengis\.net\/def\/crs\/(EPSG|OGC)\/[0-9.]+\/([A-Za-z0-9]+)$/.exec(text);
  const urn = /^urn:ogc:def:crs:(EPSG|OGC):[0-9.]*:([A-Za-z0-9]+)$/i.exec(text);
  const [, authority, code] = uri ?? urn ?? [];
  if (!authority || !code) return undefined;
  if (authority.toUpperCase() === 'OGC') return code === 'CRS84' ? DEFAULT_CRS : undefined;
  return code === 'CRS84' ? undefined : byCode(code);
}
