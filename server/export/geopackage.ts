// A layer as a GeoPackage (OGC 12-128r19), the format QGIS and ArcGIS open without a question:
// GDAL's ogr2ogr converts the GeoJSON export (already in the asked CRS, written by PostGIS), and
// writes the download's source, licence, date, CRS and sample flag into the file's metadata.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withGdalFile } from '../geodata/gdal.ts';
import type { LayerDef } from '../layers/catalogue.ts';
import type { DownloadMetadata, ExportCrs } from './open-data.ts';

/** ogr2ogr's options: GeoPackage metadata (`-mo`, in gpkg_metadata) and the layer's description. */
export function geopackageOptions(layer: LayerDef, crs: ExportCrs, metadata: DownloadMetadata): string[] {
  const entries: [string, string][] = [
    ['TITLE', metadata.title.fr],
    ['TITLE_EN', metadata.title.en],
    ['SOURCE', metadata.source],
    ['LICENCE', metadata.licence.id],
    ['LICENCE_TITLE', metadata.licence.title.fr],
    ['LICENCE_URL', metadata.licence.url],
    ['AS_OF', metadata.asOf],
    ['CRS', metadata.crs],
    ['SAMPLE', metadata.sample ? 'YES' : 'NO'],
  ];
  const description = [
    metadata.title.fr,
    metadata.title.en,
    `${metadata.source}, ${metadata.asOf}`,
    `${metadata.licence.title.fr}: ${metadata.licence.url}`,
  ].join(' / ');
  return [
    '-f',
    'GPKG',
    '-nln',
    layer.id.replaceAll('-', '_'),
    // The coordinates are already in `crs` (ST_Transform): assign it, do not reproject.
    '-a_srs',
    `EPSG:${crs}`,
    '-dsco',
    'METADATA_TABLES=YES',
    ...entries.flatMap(([key, value]) => ['-mo', `${key}=${value}`]),
    '-lco',
    `IDENTIFIER=${layer.title.fr}`,
    '-lco',
    `DESCRIPTION=${description}`,
  ];
}

/** The GeoPackage of `geojson` (a FeatureCollection in `crs`), built in a temp dir removed after. */
export async function geopackageExport(
  geojson: string,
  layer: LayerDef,
  crs: ExportCrs,
  metadata: DownloadMetadata,
): Promise<Uint8Array<ArrayBuffer>> {
  // gdal3.js mounts the directory of the file it opens: a fresh one holding that file only.
  const dir = await mkdtemp(join(tmpdir(), 'nc-gpkg-'));
  try {
    const source = join(dir, `${layer.id}.geojson`);
    await writeFile(source, geojson);
    const bytes = await withGdalFile([source], [], (file) =>
      file.convert(geopackageOptions(layer, crs, metadata), `${layer.id}.gpkg`),
    );
    // Out of GDAL's WebAssembly memory into a buffer of its own, the kind a Response takes.
    return new Uint8Array(bytes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
