// The project form's values and what follows from them, pure: the form's strings from a project and
// back through the server's own schema (projectProperties), its complaints per field, the change to
// send (only what differs), and the attributes that differ between two states (history, conflicts).
import '../editing/zod-jitless.ts';
import { projectProperties, type ProjectProperties } from '../../../server/edits/project-payloads.ts';

export const FIELDS = [
  'title',
  'communeInsee',
  'kind',
  'organisation',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'slippageReason',
  'publicNotes',
] as const satisfies readonly (keyof ProjectProperties)[];
export type Field = (typeof FIELDS)[number];
export type FormValues = Record<Field, string>;
export type FieldErrors = Partial<Record<Field, string>>;

/** Fields where an empty box means "not known" (null), not an empty text. */
const NULLABLE: ReadonlySet<Field> = new Set(['actualStart', 'actualEnd', 'slippageReason']);

export const KINDS = projectProperties.shape.kind.options;
export const STATUSES = projectProperties.shape.status.options;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function formValuesOf(properties: Partial<Record<string, unknown>>): FormValues {
  return Object.fromEntries(FIELDS.map((field) => [field, text(properties[field])])) as FormValues;
}

/** A new project of a commune: planned from today, for a month, by the commune itself. */
export function blankValues(communeInsee: string, today: string): FormValues {
  return {
    ...formValuesOf({}),
    communeInsee,
    kind: 'fibre_works',
    status: 'planned',
    plannedStart: today,
    plannedEnd: today,
  };
}

export type Checked = { ok: true; properties: ProjectProperties } | { ok: false; errors: FieldErrors };

/** The values through the server's own schema; an empty date or reason is none (null). */
export function checkValues(values: FormValues): Checked {
  const raw = Object.fromEntries(
    FIELDS.map((field) => {
      const value = NULLABLE.has(field) ? values[field].trim() : values[field];
      return [field, NULLABLE.has(field) && value === '' ? null : value];
    }),
  );
  const result = projectProperties.safeParse(raw);
  if (result.success) return { ok: true, properties: result.data };
  return { ok: false, errors: errorsOf(result.error.issues) };
}

/** The first complaint per field of zod's issues, or of a server's 400 naming `properties.x`. */
export function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
      errors[field as Field] ??= issue.message;
    }
  }
  return errors;
}

/** A 400's `parameter` (`properties.plannedEnd`) as the field it names, if it names one. */
export function fieldOfParameter(parameter: string | null): Field | null {
  const name = parameter?.replace(/^properties\./, '') ?? '';
  return (FIELDS as readonly string[]).includes(name) ? (name as Field) : null;
}

/** The properties that differ from the project's: what a PATCH needs to send. */
export function changeOf(
  base: Partial<Record<string, unknown>>,
  next: ProjectProperties,
): Partial<ProjectProperties> {
  const change: Partial<ProjectProperties> = {};
  for (const field of FIELDS) {
    if (text(base[field]) !== text(next[field])) Object.assign(change, { [field]: next[field] });
  }
  return change;
}

export interface ChangedAttribute {
  name: Field;
  before: string;
  after: string;
}

interface State {
  properties?: Record<string, unknown>;
}

/** The editable attributes that differ from one state to the next, as text. */
export function changedAttributes(before: State | null, after: State | null): ChangedAttribute[] {
  return FIELDS.map((name) => ({
    name,
    before: text(before?.properties?.[name]),
    after: text(after?.properties?.[name]),
  })).filter((change) => change.before !== change.after);
}

export interface ConflictRow {
  name: Field;
  /** What the person wanted. */
  mine: string;
  /** What the other person left. */
  current: string;
}

/** The fields of the person's change, each beside what the project holds now. */
export function conflictRows(
  mine: Partial<ProjectProperties>,
  current: Partial<Record<string, unknown>>,
): ConflictRow[] {
  return FIELDS.filter((field) => field in mine).map((field) => ({
    name: field,
    mine: text(mine[field]),
    current: text(current[field]),
  }));
}
