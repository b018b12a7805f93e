// GDAL, the field's reference library for geodata formats, as gdal3.js (GDAL 3.8 and PROJ compiled
// to WebAssembly): it runs inside Node with no system package, so the embedded backend keeps its
// two-command setup and imports read every format GDAL reads. One GDAL serves the process, one
// operation at a time (its file system and error state are global). Files are opened from a
// directory of their own: gdal3.js mounts the directory of the file it opens.
import { createRequire } from 'node:module';
import { basename, dirname, relative } from 'node:path';

interface GdalDataset {
  pointer: number;
  path: string;
}
interface GdalOutput {
  local: string;
  real: string;
  all?: GdalOutput[];
}
interface GdalJs {
  open(files: string | string[], options?: string[]): Promise<{ datasets: GdalDataset[]; errors: string[] }>;
  close(dataset: GdalDataset): Promise<void>;
  ogrinfo(dataset: GdalDataset, options?: string[]): Promise<unknown>;
  ogr2ogr(dataset: GdalDataset, options?: string[], outputName?: string): Promise<GdalOutput>;
  getFileBytes(path: string | GdalOutput): Promise<Uint8Array>;
  Module: { FS: { unlink(path: string): void; readdir(path: string): string[] } };
}

const require = createRequire(import.meta.url);
let gdal: Promise<GdalJs> | undefined;
/** GDAL's messages of the operation running now (it reports them through one global handler). */
let messages: string[] = [];

function gdalJs(): Promise<GdalJs> {
  gdal ??= (async () => {
    const init = require('gdal3.js/node.js') as (config: object) => Promise<GdalJs>;
    return init({
      // gdal3.js reads its files at './' + path: a path relative to the working directory.
      path: relative(process.cwd(), dirname(require.resolve('gdal3.js/dist/package/gdal3.js'))),
      useWorker: false,
      logHandler: () => {},
      errorHandler: (message: string) => {
        if (messages.length < 20) messages.push(message);
      },
    });
  })();
  return gdal;
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `work` with GDAL once the operations before it are done. */
function serialised<T>(work: (g: GdalJs) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    messages = [];
    return work(await gdalJs());
  });
  queue = run.catch(() => undefined);
  return run;
}

/** GDAL could not read or write a file: what it said, in its words. */
export class GdalError extends Error {}

const said = (reason: unknown): string => {
  if (Array.isArray(reason)) {
    return reason.map((e: { message?: string }) => e.message ?? String(e)).join('; ');
  }
  return reason instanceof Error ? reason.message : String(reason);
};

/** One layer of an opened file, as `ogrinfo -json -so` describes it. */
export interface GdalLayer {
  name: string;
  featureCount: number;
  geometryType: string | null;
  fields: { name: string; type: string }[];
  /** The layer's coordinate system: its EPSG code where GDAL identifies one, and its name. */
  crs: { epsg: number | null; name: string } | null;
  /** [minX, minY, maxX, maxY] in the layer's coordinates. */
  extent: [number, number, number, number] | null;
}
export interface GdalFile {
  driver: string;
  layers: GdalLayer[];
}

interface OgrInfo {
  driverShortName: string;
  layers: {
    name: string;
    featureCount?: number;
    fields?: { name: string; type: string }[];
    geometryFields?: {
      type: string;
      extent?: [number, number, number, number];
      coordinateSystem?: { projjson?: { name?: string; id?: { authority: string; code: number } } } | null;
    }[];
  }[];
}

function layerOf(raw: OgrInfo['layers'][number]): GdalLayer {
  const geometry = raw.geometryFields?.[0];
  const projjson = geometry?.coordinateSystem?.projjson;
  return {
    name: raw.name,
    featureCount: raw.featureCount ?? 0,
    geometryType: geometry?.type ?? null,
    fields: (raw.fields ?? []).map((f) => ({ name: f.name, type: f.type })),
    crs: projjson
      ? {
          epsg: projjson.id?.authority === 'EPSG' ? Number(projjson.id.code) : null,
          name: projjson.name ?? 'unnamed',
        }
      : null,
    extent: geometry?.extent ?? null,
  };
}

/** An operation on an opened file: GDAL's open dataset and the tools that read it. */
export interface OpenedFile {
  info: GdalFile;
  /** Converts a layer with ogr2ogr's `options` and gives the bytes of the file it wrote. */
  convert(options: string[], outputName: string): Promise<Uint8Array>;
}

/**
 * Opens `files` (a main file and its sidecars, all in one directory of their own) with GDAL's
 * open options, and runs `work` on it; closes it and frees what it wrote whatever happens.
 */
export function withGdalFile<T>(
  files: string[],
  openOptions: string[],
  work: (file: OpenedFile) => Promise<T>,
): Promise<T> {
  return serialised(async (g) => {
    let opened: { datasets: GdalDataset[]; errors: string[] };
    try {
      opened = await g.open(files.length === 1 ? files[0]! : files, openOptions);
    } catch (reason) {
      throw new GdalError(said(reason) || messages.join('; ') || 'GDAL could not open the file');
    }
    const dataset = opened.datasets[0];
    if (!dataset) {
      throw new GdalError(opened.errors.join('; ') || messages.join('; ') || 'not a format GDAL reads');
    }
    const written: string[] = [];
    try {
      const raw = (await g.ogrinfo(dataset, ['-json', '-so', '-al'])) as OgrInfo;
      const info: GdalFile = { driver: raw.driverShortName, layers: raw.layers.map(layerOf) };
      return await work({
        info,
        async convert(options, outputName) {
          messages = [];
          let output: GdalOutput;
          try {
            output = await g.ogr2ogr(dataset, options, outputName);
          } catch (reason) {
            throw new GdalError(said(reason) || messages.join('; ') || 'GDAL could not convert the file');
          }
          for (const file of output.all ?? [output]) written.push(file.local);
          return g.getFileBytes(output);
        },
      });
    } finally {
      for (const path of written) {
        try {
          g.Module.FS.unlink(path);
        } catch {
          // already gone
        }
      }
      await g.close(dataset).catch(() => undefined);
    }
  });
}

/** The name GDAL gives a file it was handed (its base name: the directory is mounted). */
export const gdalName = (path: string) => basename(path);
