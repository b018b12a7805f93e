// An uploaded file made ready for GDAL, or refused before it is parsed: its format told by its first
// bytes (and checked against its name's extension), a zip unpacked within the limits whatever its
// headers claim (a zip bomb stops at the limit), text read as UTF-8 or, failing that, as
// Windows-1252 (and said so), a GeoJSON's syntax checked with the line of the first error.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { importError } from './import-error.ts';
import { IMPORT_LIMITS, megabytes } from './limits.ts';

export type FileFormat = 'geojson' | 'csv' | 'shapefile' | 'geopackage' | 'flatgeobuf';

export interface PreparedFile {
  /** A directory of its own, removed by `dispose`. */
  dir: string;
  /** The files GDAL opens: the main file first, then its sidecars. */
  files: string[];
  format: FileFormat;
  /** GDAL's open options for this format. */
  openOptions: string[];
  /** What was noticed and handled (an encoding, a missing .prj…), for the report. */
  notes: string[];
  /** A GeoJSON's own `crs` member (RFC 7946 has none: the file is then in WGS 84). */
  geojsonCrs: boolean;
  sha256: string;
  bytes: number;
  dispose(): void;
}

const EXTENSIONS: Record<string, FileFormat> = {
  '.geojson': 'geojson',
  '.json': 'geojson',
  '.csv': 'csv',
  '.txt': 'csv',
  '.zip': 'shapefile',
  '.gpkg': 'geopackage',
  '.fgb': 'flatgeobuf',
};
const FORMAT_NAMES: Record<FileFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  shapefile: 'a zipped Shapefile',
  geopackage: 'a GeoPackage',
  flatgeobuf: 'FlatGeobuf',
};

const startsWith = (bytes: Uint8Array, text: string) =>
  bytes.length >= text.length && [...text].every((ch, i) => bytes[i] === ch.charCodeAt(0));

/** The format the first bytes say, or null for text (GeoJSON or CSV, told apart by the name). */
function sniffed(bytes: Uint8Array): FileFormat | 'text' | 'binary' {
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return 'shapefile';
  if (startsWith(bytes, 'SQLite format 3\0')) return 'geopackage';
  if (startsWith(bytes, 'fgb\x03')) return 'flatgeobuf';
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : 'text';
}

/** Text as UTF-8 (its BOM dropped) or, when it is not UTF-8, as Windows-1252. */
function decodedText(bytes: Uint8Array, notes: string[]): string {
  const body = startsWith(bytes, '\xEF\xBB\xBF') ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    notes.push('the file is not UTF-8: its text was read as Windows-1252 (Latin-1)');
    return new TextDecoder('windows-1252').decode(body);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

const jsonHints: Partial<Record<string, string>> = {
  ValueExpected: 'a value was expected (a trailing comma?)',
  PropertyNameExpected: 'a property name was expected (a trailing comma?)',
  CloseBraceExpected: "a '}' was expected (is the file cut short?)",
  CloseBracketExpected: "a ']' was expected (is the file cut short?)",
  CommaExpected: "a ',' was expected",
  ColonExpected: "a ':' was expected",
  UnexpectedEndOfString: 'a text is not closed (is the file cut short?)',
  InvalidSymbol: 'this is not JSON',
};

/** Checks a GeoJSON's syntax and shape before GDAL reads it; says whether it has a `crs` member. */
function checkedGeoJson(text: string): { crs: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const at = first ? lineAndColumn(text, first.offset) : 'an unknown place';
    const code = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
    throw importError(`GeoJSON: invalid JSON at ${at}: ${jsonHints[code] ?? code}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw importError('GeoJSON: expected an object (a FeatureCollection or a Feature)');
  }
  const object = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (object.type === 'FeatureCollection') {
    if (!Array.isArray(object.features))
      throw importError('GeoJSON: the FeatureCollection has no features array');
    if (object.features.length === 0)
      throw importError('GeoJSON: the collection is empty: no feature to import');
  } else if (object.type !== 'Feature') {
    throw importError(
      `GeoJSON: expected a FeatureCollection or a Feature, not ${JSON.stringify(object.type ?? null)}`,
    );
  }
  return { crs: object.crs !== undefined && object.crs !== null };
}

interface Unpacked {
  name: string;
  bytes: Uint8Array;
}

/** A zip's files, stopped at the limits whatever its headers claim. */
function unzipped(bytes: Uint8Array): Unpacked[] {
  const entries: { name: string; chunks: Uint8Array[]; done: boolean }[] = [];
  let total = 0;
  let declared = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/')) return;
    if (entries.length >= IMPORT_LIMITS.zipEntries) {
      failure = importError(`zip: more than ${IMPORT_LIMITS.zipEntries} files`, 'file', 413);
      return;
    }
    // What the headers declare is refused at once; what they hide is counted as it unpacks.
    declared += file.originalSize ?? 0;
    if (declared > IMPORT_LIMITS.unpackedBytes) {
      failure = importError(
        `zip: unpacks to more than ${megabytes(IMPORT_LIMITS.unpackedBytes)} (a zip bomb?); nothing was read`,
        'file',
        413,
      );
      return;
    }
    const entry = { name: basename(file.name), chunks: [] as Uint8Array[], done: false };
    entries.push(entry);
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = importError(`zip: ${entry.name} cannot be unpacked (${err.message})`);
        return;
      }
      total += data.length;
      if (total > IMPORT_LIMITS.unpackedBytes) {
        failure = importError(
          `zip: unpacks to more than ${megabytes(IMPORT_LIMITS.unpackedBytes)} (a zip bomb?); nothing was read`,
          'file',
          413,
        );
        file.terminate();
        return;
      }
      entry.chunks.push(data);
      entry.done = final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (err) {
    failure ??= importError(`zip: not a readable zip (${(err as Error).message})`);
  }
  if (failure) throw failure;
  const cut = entries.find((e) => !e.done);
  if (cut) throw importError(`zip: ${cut.name} ends early (is the zip cut short?)`);
  return entries.map((e) => ({ name: e.name, bytes: Buffer.concat(e.chunks) }));
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The files of a zipped Shapefile (or of one other format, zipped), and GDAL's options for it. */
function shapefileOf(
  entries: Unpacked[],
  notes: string[],
): { main: Unpacked; rest: Unpacked[]; options: string[] } {
  const shp = entries.filter((e) => extname(e.name).toLowerCase() === '.shp');
  if (shp.length === 0) {
    const names = entries.map((e) => e.name).join(', ') || 'nothing';
    throw importError(`zip: no Shapefile (.shp) inside; it holds ${names}`);
  }
  if (shp.length > 1)
    throw importError(
      `zip: ${shp.length} Shapefiles inside (${shp.map((e) => e.name).join(', ')}); give one`,
    );
  const main = shp[0]!;
  const stem = main.name.slice(0, -4).toLowerCase();
  const sidecar = (ext: string) => entries.find((e) => e.name.toLowerCase() === `${stem}${ext}`);
  for (const ext of ['.shx', '.dbf']) {
    if (!sidecar(ext)) throw importError(`zip: the Shapefile ${main.name} comes without its ${ext}`);
  }
  const options: string[] = [];
  if (!sidecar('.prj'))
    notes.push(`no .prj beside ${main.name}: the coordinate system is the one you choose`);
  if (!sidecar('.cpg')) {
    const dbf = sidecar('.dbf')!;
    if (isUtf8(dbf.bytes)) options.push('ENCODING=UTF-8');
    else {
      // GDAL recodes a .dbf only when told its code page (a .cpg, or its header's byte 29).
      options.push('ENCODING=CP1252');
      notes.push(`no .cpg beside ${main.name}: its attributes were read as Windows-1252 (Latin-1)`);
    }
  }
  const rest = entries.filter((e) => e !== main && e.name.toLowerCase().startsWith(`${stem}.`));
  return { main, rest, options };
}

const CSV_OPTIONS = [
  'X_POSSIBLE_NAMES=lon,long,lng,longitude,x,easting,coord_x,xcoord,x_coord',
  'Y_POSSIBLE_NAMES=lat,latitude,y,northing,coord_y,ycoord,y_coord',
  'GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom,geometrie,géométrie',
  'KEEP_GEOM_COLUMNS=NO',
  'AUTODETECT_TYPE=YES',
  'EMPTY_STRING_AS_NULL=YES',
];

/** Makes the uploaded `bytes` (named `name`) ready for GDAL, or refuses them with what is wrong. */
export function prepareUpload(name: string, bytes: Uint8Array): PreparedFile {
  if (bytes.length === 0) throw importError('the file is empty');
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw importError(`the file is over ${megabytes(IMPORT_LIMITS.fileBytes)}`, 'file', 413);
  }
  const ext = extname(name).toLowerCase();
  const claimed = EXTENSIONS[ext];
  if (!claimed) {
    if (ext === '.shp')
      throw importError(
        'a Shapefile comes zipped, with its .shp, .shx and .dbf (and .prj, .cpg)',
        'file',
        415,
      );
    throw importError(
      `unknown format ${ext || '(no extension)'}: give GeoJSON (.geojson), CSV (.csv), a zipped Shapefile (.zip), a GeoPackage (.gpkg) or FlatGeobuf (.fgb)`,
      'file',
      415,
    );
  }
  const sniff = sniffed(bytes);
  const isText = claimed === 'geojson' || claimed === 'csv';
  if (isText ? sniff !== 'text' : sniff !== claimed) {
    throw importError(
      `the file is named ${ext} but is not ${FORMAT_NAMES[claimed]} (its first bytes say otherwise)`,
    );
  }
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'nc-import-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const write = (file: string, content: Uint8Array | string) => {
      const path = join(dir, file);
      writeFileSync(path, content);
      return path;
    };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const base = { dir, format: claimed, notes, sha256, bytes: bytes.length, dispose, geojsonCrs: false };
    if (claimed === 'geojson') {
      const text = decodedText(bytes, notes);
      const { crs } = checkedGeoJson(text);
      return { ...base, files: [write('upload.geojson', text)], openOptions: [], geojsonCrs: crs };
    }
    if (claimed === 'csv') {
      const text = decodedText(bytes, notes);
      const header = text.split(/\r?\n/, 1)[0] ?? '';
      if (!/[,;\t]/.test(header))
        throw importError('CSV: the first line is not a header of columns separated by commas or semicolons');
      return { ...base, files: [write('upload.csv', text)], openOptions: CSV_OPTIONS };
    }
    if (claimed === 'shapefile') {
      const { main, rest, options } = shapefileOf(unzipped(bytes), notes);
      const files = [main, ...rest].map((e) => write(e.name, e.bytes));
      return { ...base, files, openOptions: options };
    }
    return { ...base, files: [write(`upload${ext}`, bytes)], openOptions: [] };
  } catch (err) {
    dispose();
    throw err;
  }
}
