// A layer form's values and what follows from them, pure: the form's strings from a feature and
// back, the shared zod schema's complaints per field, the change to send (only what differs), and
// what differs between two states of a feature (history, conflicts), its geometry included.
import type { EditableLayer } from '../../../server/edits/layer-payloads.ts';
import { propertiesSchemaOf, type FormField } from './layer-fields.ts';

/** A text box holds a string, a list of checkboxes the values ticked. */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Partial<Record<string, string>>;
export type Properties = Record<string, unknown>;

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
};

/** A new feature's form: empty, an enum at "planned" when it has one (else its first value). */
export function blankValues(fields: readonly FormField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'list') values[field.name] = [];
    else if (field.kind === 'enum') {
      const planned = field.options.find((option) => option.value === 'planned');
      values[field.name] = (planned ?? field.options[0])?.value ?? '';
    } else values[field.name] = '';
  }
  return values;
}

export function formValuesOf(fields: readonly FormField[], properties: Properties): FormValues {
  const values = blankValues(fields);
  for (const field of fields) {
    const value = properties[field.name];
    if (field.kind === 'list') values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (value !== null && value !== undefined) values[field.name] = String(value);
  }
  return values;
}

export type Checked = { ok: true; properties: Properties } | { ok: false; errors: FieldErrors };

/** What a field's string is to the schema: an empty nullable date is null, a number a number. */
function parsedValue(field: FormField, value: string | string[] | undefined): unknown {
  if (field.kind === 'list') return Array.isArray(value) ? value : [];
  const raw = typeof value === 'string' ? value : '';
  if (field.kind === 'integer') return raw.trim() === '' ? undefined : Number(raw.trim());
  if (field.kind === 'date') return raw.trim() === '' && field.nullable ? null : raw.trim();
  return raw;
}

/** The values through the server's own schema; each complaint goes to its field. */
export function checkValues(layer: EditableLayer, fields: readonly FormField[], values: FormValues): Checked {
  const input: Properties = {};
  for (const field of fields) input[field.name] = parsedValue(field, values[field.name]);
  const result = propertiesSchemaOf(layer).safeParse(input);
  if (result.success) return { ok: true, properties: result.data as Properties };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = issue.path[0];
    if (typeof name === 'string' && fields.some((field) => field.name === name)) {
      const message = input[name] === undefined ? 'required' : issue.message;
      errors[name] ??= message;
    }
  }
  return { ok: false, errors };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The properties that differ from the feature's: what a PATCH needs to send. */
export function changeOf(fields: readonly FormField[], base: Properties, next: Properties): Properties {
  const change: Properties = {};
  for (const field of fields) {
    if (!same(base[field.name], next[field.name])) change[field.name] = next[field.name];
  }
  return change;
}

export interface ChangedAttribute {
  /** A field's name, or `geometry`. */
  name: string;
  before: string;
  after: string;
}

const isPosition = (node: unknown): node is number[] => Array.isArray(node) && typeof node[0] === 'number';
const samePosition = (a: unknown, b: unknown) =>
  isPosition(a) && isPosition(b) && a[0] === b[0] && a[1] === b[1];

/** The vertices of nested coordinates; an area's ring ends on its first vertex again, not a new one. */
function vertexCount(node: unknown, rings: boolean): number {
  if (!Array.isArray(node)) return 0;
  if (isPosition(node)) return 1;
  if (isPosition(node[0])) {
    const closed = rings && node.length > 3 && samePosition(node[0], node.at(-1));
    return node.length - (closed ? 1 : 0);
  }
  return node.reduce((n: number, inner) => n + vertexCount(inner, rings), 0);
}

/**
 * A geometry as text: a point's position, else how many vertices (`vertices:5`, which the view
 * says in words); empty when there is none.
 */
export function geometryText(geometry: unknown): string {
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return '';
  if (type === 'Point') {
    return coordinates
      .slice(0, 2)
      .map((value) => Number(value).toFixed(5))
      .join(', ');
  }
  return `vertices:${vertexCount(coordinates, type !== 'LineString')}`;
}

interface State {
  geometry?: unknown;
  properties?: Properties;
}

/** The form's attributes (and the geometry) that differ from one state to the next, as text. */
export function changedAttributes(
  fields: readonly FormField[],
  before: State | null,
  after: State | null,
): ChangedAttribute[] {
  const changed: ChangedAttribute[] = [];
  for (const field of fields) {
    const [was, is] = [text(before?.properties?.[field.name]), text(after?.properties?.[field.name])];
    if (was !== is) changed.push({ name: field.name, before: was, after: is });
  }
  if (!same(before?.geometry, after?.geometry)) {
    changed.push({
      name: 'geometry',
      before: geometryText(before?.geometry),
      after: geometryText(after?.geometry),
    });
  }
  return changed;
}

export interface ConflictRow {
  name: string;
  /** What the person wanted. */
  mine: string;
  /** What the other person left. */
  current: string;
}

/** The fields of the person's change (and its geometry), each beside what the feature holds now. */
export function conflictRows(fields: readonly FormField[], mine: State, current: State): ConflictRow[] {
  const rows = fields
    .filter((field) => mine.properties && field.name in mine.properties)
    .map((field) => ({
      name: field.name,
      mine: text(mine.properties?.[field.name]),
      current: text(current.properties?.[field.name]),
    }));
  if (mine.geometry !== undefined) {
    rows.push({
      name: 'geometry',
      mine: geometryText(mine.geometry),
      current: geometryText(current.geometry),
    });
  }
  return rows;
}
