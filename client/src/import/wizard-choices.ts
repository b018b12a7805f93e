// What the wizard has chosen so far, and how it becomes the import's options (issue 11): the
// coordinate system or the file's layer when the server asked for one, the mapping once the user
// changed it (until then the server proposes it), the key, and the enum values mapped by hand.
import type { ImportOptions, ImportReport } from './import-api.ts';

export type ImportTarget = ImportOptions['target'];
export type CrsCode = NonNullable<ImportOptions['crs']>;

/** The systems offered for a file that states none (server/imports/coordinate-systems.ts). */
export const CRS_CODES = ['4326', '3163', '4749', '2984', '3060'] as const satisfies readonly CrsCode[];
// Every code the server takes is offered: this fails to compile when the server adds one.
const everyCode: [Exclude<CrsCode, (typeof CRS_CODES)[number]>] extends [never] ? true : never = true;
void everyCode;

export interface WizardChoices {
  target: ImportTarget;
  crs: CrsCode | null;
  sourceLayer: string | null;
  /** null: the server's proposal; else every field of the file, to a property or to nothing. */
  mapping: Record<string, string | null> | null;
  /** '' : no key, every feature is added. */
  key: string;
  /** Property → file value → the value chosen for it. */
  values: Record<string, Record<string, string>>;
}

export const freshChoices = (target: ImportTarget): WizardChoices => ({
  target,
  crs: null,
  sourceLayer: null,
  mapping: null,
  key: '',
  values: {},
});

export function optionsOf(choices: WizardChoices, dryRun: boolean): ImportOptions {
  const values = Object.fromEntries(
    Object.entries(choices.values).filter(([, chosen]) => Object.keys(chosen).length > 0),
  );
  return {
    target: choices.target,
    ...(choices.crs ? { crs: choices.crs } : {}),
    ...(choices.sourceLayer ? { sourceLayer: choices.sourceLayer } : {}),
    ...(choices.mapping ? { mapping: choices.mapping } : {}),
    ...(choices.key ? { key: choices.key } : {}),
    ...(Object.keys(values).length > 0 ? { values } : {}),
    dryRun,
  };
}

/** The choices with one file field mapped to `property` (null: not imported), from the mapping shown. */
export function withFieldMapped(
  choices: WizardChoices,
  shown: Record<string, string | null>,
  field: string,
  property: string | null,
): WizardChoices {
  const mapping: Record<string, string | null> = { ...shown };
  // One field per property, as the server settles it: the field that had it lets it go.
  if (property !== null)
    for (const [other, p] of Object.entries(mapping)) if (p === property) mapping[other] = null;
  mapping[field] = property;
  const key = choices.key && !Object.values(mapping).includes(choices.key) ? '' : choices.key;
  return { ...choices, mapping, key };
}

/** The choices with `fileValue` of `property` taken as `value` ('' : no choice, the feature is rejected). */
export function withValueMapped(
  choices: WizardChoices,
  property: string,
  fileValue: string,
  value: string,
): WizardChoices {
  const own = { ...choices.values[property] };
  if (value === '') delete own[fileValue];
  else own[fileValue] = value;
  return { ...choices, values: { ...choices.values, [property]: own } };
}

export interface UnmappedValue {
  property: string;
  field: string;
  value: string;
  count: number;
}

/**
 * The values to offer a choice for: those the last report could not map, and those mapped by
 * hand already (no longer unmapped, but the user may change their mind), each once.
 */
export function valuesToMap(known: readonly UnmappedValue[], report: ImportReport): UnmappedValue[] {
  const rows = [...known];
  for (const entry of report.unmappedValues) {
    for (const { value, count } of entry.values) {
      const index = rows.findIndex((row) => row.property === entry.property && row.value === value);
      const row = { property: entry.property, field: entry.field, value, count };
      if (index === -1) rows.push(row);
      else rows[index] = row;
    }
  }
  return rows;
}

/** The layers a GeoPackage holds, read from the server's words ("… 3 layers (a, b, c); choose one"). */
export function layersNamedIn(detail: string): string[] {
  const list = /\(([^()]*)\); choose one/.exec(detail)?.[1] ?? /; it has (.*)$/.exec(detail)?.[1];
  return list ? list.split(', ').filter(Boolean) : [];
}
