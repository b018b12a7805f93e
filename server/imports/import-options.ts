// What a user asks of an import, one schema for the browser's wizard, the command line and the
// server: into what, from which layer of the file, in which coordinate system when the file states
// none, matched on which key, with which mapping of fields and values; a dry run or the real one.
import { z } from 'zod';
import { EDITABLE_LAYERS } from '../edits/layer-payloads.ts';
import { IMPORT_CRS_CODES } from './coordinate-systems.ts';

export const IMPORT_TARGETS = [...EDITABLE_LAYERS, 'projects', 'communes'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

const name = z.string().min(1).max(120);

export const importOptions = z.strictObject({
  target: z.enum(IMPORT_TARGETS, { error: `expected one of ${IMPORT_TARGETS.join(', ')}` }),
  /** The file's layer, for a GeoPackage holding several. */
  sourceLayer: name.optional(),
  /** EPSG code, for a file that states no coordinate system. */
  crs: z
    .enum(IMPORT_CRS_CODES, { error: `expected one of ${IMPORT_CRS_CODES.join(', ')} (EPSG codes)` })
    .optional(),
  /** A property (or its column) matching a file's feature with an existing one: a match is an update. */
  key: name.optional(),
  /** File field → property, or null to leave the field out; fields not named keep the proposal. */
  mapping: z.record(name, name.nullable()).optional(),
  /** Property → file value → the property's value, for enum values the words do not give. */
  values: z.record(name, z.record(z.string().max(200), name)).optional(),
  dryRun: z.boolean().default(true),
});
export type ImportOptions = z.infer<typeof importOptions>;

export interface ImportIssue {
  /** The feature's place in the file, from 1; a CSV's row (the header is row 1). */
  feature: number;
  row?: number;
  /** The file's field, or `geometry`, where the issue is. */
  field?: string;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  importId: number | null;
  target: ImportTarget;
  file: {
    name: string;
    bytes: number;
    sha256: string;
    format: string;
    layer: string;
    layers: string[];
    fields: string[];
    geometryType: string | null;
    crs: { epsg: number | null; name: string; from: 'file' | 'user' | 'coordinates' };
  };
  notes: string[];
  mapping: Record<string, string | null>;
  key: string | null;
  /** Enum values found in the file that map to nothing, per property: for the user to map. */
  unmappedValues: { property: string; field: string; values: { value: string; count: number }[] }[];
  counts: {
    read: number;
    added: number;
    updated: number;
    unchanged: number;
    rejected: number;
    repaired: number;
  };
  rejected: ImportIssue[];
  repaired: ImportIssue[];
  /** What will change, for a map: added, updated (before and after), rejected features. */
  preview: {
    type: 'FeatureCollection';
    features: {
      type: 'Feature';
      geometry: unknown;
      properties: {
        change: 'added' | 'before' | 'after' | 'rejected';
        feature: number;
        label: string | null;
      };
    }[];
  };
}

/** What an import tells while it runs: rows read, checked and written so far. */
export interface ImportProgress {
  stage: 'reading' | 'checking' | 'writing' | 'refreshing';
  done: number;
  total: number;
}
