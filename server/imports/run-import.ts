// One import, from the uploaded bytes to the report: the file made ready and read by GDAL, the
// mapping of its fields settled, then everything in one transaction as the importing account (the
// history names it and the import): the import's record, the writes, the derived figures. A dry
// run does the same and rolls back, so the report it gives is what the real run would do.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { asEditor } from '../edits/as-editor.ts';
import { proposeMapping, normalised } from './column-mapping.ts';
import type { ImportCrs } from './coordinate-systems.ts';
import { importCommunes } from './commune-boundaries.ts';
import { importError } from './import-error.ts';
import { importTarget, isFeatureTarget } from './import-targets.ts';
import type { ImportOptions, ImportProgress, ImportReport } from './import-options.ts';
import { importIntoLayer, stagedFeatures, type LayerImportPlan } from './layer-import.ts';
import { readFeatures } from './read-features.ts';
import { targetProperties, type TargetProperty } from './target-properties.ts';
import { prepareUpload } from './uploaded-file.ts';

/** Carries a dry run's report out of the transaction it rolls back. */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** The mapping: the proposal, then the user's changes, checked against the fields and properties. */
export function settledMapping(
  fields: string[],
  properties: TargetProperty[],
  own: ImportOptions['mapping'],
): Record<string, string | null> {
  const mapping = proposeMapping(fields, properties);
  for (const [field, property] of Object.entries(own ?? {})) {
    if (!fields.includes(field)) {
      throw importError(
        `mapping: the file has no field ${field}; its fields: ${fields.join(', ')}`,
        'mapping',
      );
    }
    if (property !== null && !properties.some((p) => p.name === property)) {
      throw importError(
        `mapping: ${property} is not a property of this layer; its properties: ${properties.map((p) => p.name).join(', ')}`,
        'mapping',
      );
    }
    // A property the user maps is taken from the proposal's field.
    for (const [other, p] of Object.entries(mapping))
      if (p === property && other !== field) mapping[other] = null;
    mapping[field] = property;
  }
  return mapping;
}

function keyOf(properties: TargetProperty[], mapping: Record<string, string | null>, key?: string) {
  if (!key) return null;
  const property = properties.find(
    (p) => p.name === key || p.column === key || normalised(p.name) === normalised(key),
  );
  if (!property) {
    throw importError(
      `key: ${key} is not a property of this layer; its properties: ${properties.map((p) => p.name).join(', ')}`,
      'key',
    );
  }
  if (!Object.values(mapping).includes(property.name)) {
    throw importError(`key: no field of the file is mapped to ${property.name}`, 'key');
  }
  return property;
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export async function runImport(
  db: Database,
  account: SignedIn,
  upload: UploadedFile,
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const file = prepareUpload(upload.name, upload.bytes);
  try {
    const crs = options.crs ? (Number(options.crs) as ImportCrs) : undefined;
    const contents = await readFeatures(file, { sourceLayer: options.sourceLayer, crs }, (done, total) =>
      onProgress({ stage: 'reading', done, total }),
    );
    const fields = contents.layer.fields.map((f) => f.name);
    const base = {
      dryRun: options.dryRun,
      target: options.target,
      file: {
        name: upload.name,
        bytes: file.bytes,
        sha256: file.sha256,
        format: contents.driver,
        layer: contents.layer.name,
        layers: contents.layers,
        fields,
        geometryType: contents.layer.geometryType,
        crs: { epsg: contents.crs.epsg, name: contents.crs.name, from: contents.crs.from },
      },
      notes: file.notes,
    };
    const target = options.target;
    const tables = isFeatureTarget(target) ? [importTarget(target).table] : ['communes'];
    try {
      return await asEditor(db, account, 'import', tables, async (tx) => {
        await tx.execute(sql`SET LOCAL statement_timeout = 0`);
        const made = await db.rows<{ id: number }>(
          sql`INSERT INTO imports (account_id, target, file_name, sha256, format, crs, via, read, added, updated,
                                   unchanged, rejected, repaired)
              VALUES (${account.id}, ${target}, ${upload.name.slice(0, 255)}, ${file.sha256}, ${contents.driver},
                      ${contents.crs.epsg ? `EPSG:${contents.crs.epsg}` : contents.crs.name}, 'import', 0, 0, 0, 0, 0, 0)
              RETURNING id`,
          tx,
        );
        const importId = made[0]!.id;
        await tx.execute(sql`SELECT set_config('app.import_id', ${String(importId)}, true)`);
        let report: ImportReport;
        if (target === 'communes') {
          const result = await importCommunes(tx, db, contents, options, onProgress);
          report = { ...base, importId, ...result };
        } else {
          if (!isFeatureTarget(target)) throw importError(`target: ${target} cannot be imported`, 'target');
          const properties = targetProperties(target);
          const mapping = settledMapping(fields, properties, options.mapping);
          const plan: LayerImportPlan = {
            layer: target,
            mapping,
            keyProperty: keyOf(properties, mapping, options.key),
            values: options.values,
            csv: file.format === 'csv',
          };
          const { staged, unmappedValues } = stagedFeatures(contents.features, plan);
          const result = await importIntoLayer(tx, db, plan, staged, onProgress);
          report = {
            ...base,
            importId,
            mapping,
            key: plan.keyProperty?.name ?? null,
            unmappedValues,
            ...result,
          };
        }
        const { counts } = report;
        await db.rows(
          sql`UPDATE imports SET read = ${counts.read}, added = ${counts.added}, updated = ${counts.updated},
                  unchanged = ${counts.unchanged}, rejected = ${counts.rejected}, repaired = ${counts.repaired}
              WHERE id = ${importId}`,
          tx,
        );
        if (options.dryRun) throw new DryRunDone({ ...report, importId: null });
        onProgress({ stage: 'refreshing', done: 0, total: 1 });
        return report;
      });
    } catch (err) {
      if (err instanceof DryRunDone) return err.report;
      throw err;
    }
  } finally {
    file.dispose();
  }
}
