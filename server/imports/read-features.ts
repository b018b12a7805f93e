// A file's features through GDAL: the layer chosen (a GeoPackage may hold several), the limits
// checked on GDAL's count before any feature is read, the coordinate system resolved, then every
// feature converted to GeoJSON in EPSG:4326 (GeoJSON Text Sequences: one feature a line, in the
// file's order, so a feature's place in the file is its line).
import { GdalError, withGdalFile, type GdalLayer } from '../geodata/gdal.ts';
import { resolveCrs, type ImportCrs, type ResolvedCrs } from './coordinate-systems.ts';
import { importError } from './import-error.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { PreparedFile } from './uploaded-file.ts';

export interface FileFeature {
  /** From 0, in the file's order. */
  index: number;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown } | null;
  /** Why the feature cannot be read at all. */
  error: string | null;
}

export interface FileContents {
  driver: string;
  layer: GdalLayer;
  layers: string[];
  crs: ResolvedCrs;
  features: FileFeature[];
}

const DRIVERS: Record<PreparedFile['format'], string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  shapefile: 'ESRI Shapefile',
  geopackage: 'GPKG',
  flatgeobuf: 'FlatGeobuf',
};

function ringIssue(geometry: FileFeature['geometry']): string | null {
  if (!geometry) return null;
  const rings =
    geometry.type === 'Polygon'
      ? (geometry.coordinates as unknown[][])
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as unknown[][][]).flat()
        : [];
  if (rings.some((r) => !Array.isArray(r) || r.length < 4)) return 'a ring has fewer than 4 positions';
  if (geometry.type === 'LineString' && (geometry.coordinates as unknown[]).length < 2)
    return 'a line needs 2 positions';
  return null;
}

/** Reads the features of `file` (its layer `sourceLayer`, or its only one). */
export async function readFeatures(
  file: PreparedFile,
  options: { sourceLayer?: string; crs?: ImportCrs },
  onRead: (done: number, total: number) => void,
): Promise<FileContents> {
  try {
    return await withGdalFile(file.files, file.openOptions, async (opened) => {
      const { info } = opened;
      if (info.driver !== DRIVERS[file.format]) {
        throw importError(`the file is not ${DRIVERS[file.format]} (GDAL reads it as ${info.driver})`);
      }
      const layers = info.layers.map((l) => l.name);
      const withFeatures = info.layers.filter((l) => l.featureCount > 0);
      let layer: GdalLayer | undefined;
      if (options.sourceLayer) {
        layer = info.layers.find((l) => l.name === options.sourceLayer);
        if (!layer)
          throw importError(
            `sourceLayer: the file has no layer ${options.sourceLayer}; it has ${layers.join(', ')}`,
            'sourceLayer',
          );
      } else if (withFeatures.length > 1) {
        throw importError(
          `sourceLayer: the file holds ${withFeatures.length} layers (${withFeatures.map((l) => l.name).join(', ')}); choose one`,
          'sourceLayer',
        );
      } else layer = withFeatures[0] ?? info.layers[0];
      if (!layer || layer.featureCount === 0) throw importError('the file holds no feature');
      if (layer.featureCount > IMPORT_LIMITS.features) {
        throw importError(
          `the file holds ${layer.featureCount} features; an import takes at most ${IMPORT_LIMITS.features}: split it`,
          'file',
          413,
        );
      }
      if (file.format === 'csv' && !layer.geometryType) {
        throw importError(
          'CSV: no coordinates found: name the columns lon and lat (or longitude/latitude, x/y), or give a wkt column',
        );
      }
      const crs = resolveCrs(layer, file.format !== 'geojson' || file.geojsonCrs, options.crs);
      onRead(0, layer.featureCount);
      const bytes = await opened.convert(
        ['-f', 'GeoJSONSeq', ...crs.gdalOptions, '-dim', 'XY', '-lco', 'COORDINATE_PRECISION=9', layer.name],
        'features.geojsonl',
      );
      const lines = new TextDecoder()
        .decode(bytes)
        .split('\n')
        .filter((l) => l.trim() !== '');
      const features = lines.map((line, index): FileFeature => {
        try {
          const feature = JSON.parse(line.startsWith('\u001e') ? line.slice(1) : line) as {
            properties?: Record<string, unknown> | null;
            geometry?: FileFeature['geometry'];
          };
          const geometry = feature.geometry ?? null;
          return { index, properties: feature.properties ?? {}, geometry, error: ringIssue(geometry) };
        } catch {
          return {
            index,
            properties: {},
            geometry: null,
            error: 'the feature cannot be read (a coordinate that is not a number?)',
          };
        }
      });
      onRead(features.length, layer.featureCount);
      return { driver: info.driver, layer, layers, crs, features };
    });
  } catch (err) {
    if (err instanceof GdalError) throw importError(`the file cannot be read: ${err.message.slice(0, 300)}`);
    throw err;
  }
}
