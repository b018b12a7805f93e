// The coordinate system of an imported file: the one the file states (a .prj, a GeoPackage's srs,
// a GeoJSON's crs member), else the one the user chose, else the one its coordinates plainly are
// (degrees or Lambert metres around New Caledonia). The classic mistakes are caught before any
// feature is read: Lambert metres read as degrees, degrees read as metres, latitude and longitude
// swapped. GDAL (PROJ) then reprojects to EPSG:4326, where everything is stored.
import type { GdalLayer } from '../geodata/gdal.ts';
import { importError } from './import-error.ts';

/** The systems a user may choose for a file that states none, with what they are. */
export const IMPORT_CRS = {
  4326: { name: 'WGS 84 (EPSG:4326)', geographic: true },
  3163: { name: 'RGNC91-93 / Lambert New Caledonia (EPSG:3163)', geographic: false },
  4749: { name: 'RGNC91-93 (EPSG:4749)', geographic: true },
  2984: { name: 'RGNC 1991 / Lambert New Caledonia (EPSG:2984)', geographic: false },
  3060: { name: 'IGN72 Grande Terre / UTM zone 58S (EPSG:3060)', geographic: false },
} as const;
export type ImportCrs = keyof typeof IMPORT_CRS;
export const IMPORT_CRS_CODES = Object.keys(IMPORT_CRS) as `${ImportCrs}`[];

export interface ResolvedCrs {
  epsg: number | null;
  name: string;
  /** Where it came from: the file, the user's choice, or the coordinates themselves. */
  from: 'file' | 'user' | 'coordinates';
  /** ogr2ogr's options to bring the features to EPSG:4326. */
  gdalOptions: string[];
}

type Extent = [number, number, number, number];
const within = ([minX, minY, maxX, maxY]: Extent, x0: number, y0: number, x1: number, y1: number) =>
  minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1;
/** Degrees around New Caledonia (a wide box: a stray feature is rejected one by one later). */
const degreesAroundNc = (e: Extent) => within(e, 155, -30, 175, -12);
const swappedAroundNc = (e: Extent) => within(e, -30, 155, -12, 175);
const allDegrees = (e: Extent) => within(e, -180, -90, 180, 90);
/** Lambert New Caledonia metres: false easting 400 km, northing 300 km; the territory within ±400 km. */
const lambertAroundNc = (e: Extent) => within(e, -100_000, -200_000, 1_000_000, 800_000);
const fmt = (e: Extent) => e.map((v) => Math.round(v * 1000) / 1000).join(', ');

function checkExtent(extent: Extent | null, geographic: boolean | null, what: string): void {
  if (!extent || geographic === null || !extent.every(Number.isFinite)) return;
  if (geographic) {
    if (swappedAroundNc(extent)) {
      throw importError(
        `coordinates: latitude and longitude are swapped (extent ${fmt(extent)}): the first coordinate must be the longitude (about 164 to 168), the second the latitude (about -23 to -19)`,
        'crs',
      );
    }
    if (!allDegrees(extent)) {
      const lambert = lambertAroundNc(extent)
        ? ' They look like Lambert New Caledonia metres: choose EPSG:3163.'
        : '';
      throw importError(
        `coordinates: ${what} degrees, but they are not degrees (extent ${fmt(extent)}).${lambert}`,
        'crs',
      );
    }
  } else if (allDegrees(extent)) {
    const hint = degreesAroundNc(extent) ? ' They look like WGS 84 degrees: choose EPSG:4326.' : '';
    throw importError(
      `coordinates: ${what} metres, but they look like degrees (extent ${fmt(extent)}).${hint}`,
      'crs',
    );
  }
}

const isImportCrs = (code: number | null): code is ImportCrs =>
  code !== null && Object.hasOwn(IMPORT_CRS, code);

/**
 * The coordinate system of `layer`. `stated` says whether the file's own CRS counts (a GeoJSON
 * without a crs member gets WGS 84 from GDAL, as RFC 7946 says, but a user may know better).
 */
export function resolveCrs(layer: GdalLayer, stated: boolean, chosen: ImportCrs | undefined): ResolvedCrs {
  const extent = layer.extent;
  const toWgs = ['-t_srs', 'EPSG:4326'];
  if (layer.crs && stated) {
    const { epsg, name } = layer.crs;
    if (chosen && epsg !== null && epsg !== Number(chosen)) {
      throw importError(
        `crs: the file says its coordinates are in ${name} (EPSG:${epsg}), not in EPSG:${chosen}; leave the choice out or fix the file`,
        'crs',
      );
    }
    checkExtent(extent, isImportCrs(epsg) ? IMPORT_CRS[epsg].geographic : null, `the file says ${name}, in`);
    return { epsg, name, from: 'file', gdalOptions: toWgs };
  }
  if (chosen) {
    const { name, geographic } = IMPORT_CRS[chosen];
    checkExtent(extent, geographic, `you chose ${name}, in`);
    return { epsg: Number(chosen), name, from: 'user', gdalOptions: ['-s_srs', `EPSG:${chosen}`, ...toWgs] };
  }
  if (layer.crs && layer.crs.epsg === 4326) {
    // A GeoJSON without a crs member: WGS 84 by its standard, unless its coordinates say otherwise.
    checkExtent(extent, true, 'a GeoJSON without a crs member is in');
    return { epsg: 4326, name: IMPORT_CRS[4326].name, from: 'file', gdalOptions: toWgs };
  }
  if (extent && swappedAroundNc(extent)) checkExtent(extent, true, 'read as');
  const guess: ImportCrs | null = !extent
    ? null
    : degreesAroundNc(extent)
      ? 4326
      : lambertAroundNc(extent)
        ? 3163
        : null;
  if (guess === null) {
    throw importError(
      `crs: the file states no coordinate system and its coordinates (extent ${extent ? fmt(extent) : 'none'}) are neither degrees nor Lambert New Caledonia metres; choose one (${IMPORT_CRS_CODES.join(', ')})`,
      'crs',
    );
  }
  return {
    epsg: guess,
    name: IMPORT_CRS[guess].name,
    from: 'coordinates',
    gdalOptions: ['-s_srs', `EPSG:${guess}`, ...toWgs],
  };
}
