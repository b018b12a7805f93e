// The Wi-Fi terminal form's values and what follows from them, pure: the form's strings from a
// feature and back, the shared zod schema's complaints per field, the change to send (only what
// differs), and the attributes that differ between two states (history, conflicts).
import './zod-jitless.ts';
import {
  wifiTerminalProperties,
  type WifiTerminalProperties,
} from '../../../server/edits/feature-payloads.ts';

export const FIELDS = ['siteName', 'status', 'openingHours', 'inServiceSince'] as const;
export type Field = (typeof FIELDS)[number];
export type FormValues = Record<Field, string>;
export type FieldErrors = Partial<Record<Field, string>>;

export const STATUSES = wifiTerminalProperties.shape.status.options;

export const blankValues: FormValues = {
  siteName: '',
  status: 'planned',
  openingHours: '',
  inServiceSince: '',
};

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function formValuesOf(properties: Record<string, unknown>): FormValues {
  return {
    siteName: text(properties.siteName),
    status: text(properties.status) || 'planned',
    openingHours: text(properties.openingHours),
    inServiceSince: text(properties.inServiceSince),
  };
}

export type Checked = { ok: true; properties: WifiTerminalProperties } | { ok: false; errors: FieldErrors };

/** The values through the server's own schema; an empty date is no date (null). */
export function checkValues(values: FormValues): Checked {
  const result = wifiTerminalProperties.safeParse({
    siteName: values.siteName,
    status: values.status,
    openingHours: values.openingHours,
    inServiceSince: values.inServiceSince.trim() === '' ? null : values.inServiceSince.trim(),
  });
  if (result.success) return { ok: true, properties: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
      errors[field as Field] ??= issue.message;
    }
  }
  return { ok: false, errors };
}

/** The properties that differ from the feature's: what a PATCH needs to send. */
export function changeOf(
  base: Record<string, unknown>,
  next: WifiTerminalProperties,
): Partial<WifiTerminalProperties> {
  const change: Partial<WifiTerminalProperties> = {};
  for (const field of FIELDS) {
    if ((base[field] ?? null) !== next[field]) Object.assign(change, { [field]: next[field] });
  }
  return change;
}

export interface ChangedAttribute {
  name: Field | 'position';
  before: string;
  after: string;
}

const positionText = (geometry: unknown): string => {
  const coordinates = (geometry as { coordinates?: unknown } | null)?.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2) return '';
  return coordinates
    .slice(0, 2)
    .map((value) => Number(value).toFixed(5))
    .join(', ');
};

interface State {
  geometry?: unknown;
  properties?: Record<string, unknown>;
}

/** The editable attributes (and the position) that differ from one state to the next, as text. */
export function changedAttributes(before: State | null, after: State | null): ChangedAttribute[] {
  const changed: ChangedAttribute[] = [];
  for (const field of FIELDS) {
    const [was, is] = [text(before?.properties?.[field]), text(after?.properties?.[field])];
    if (was !== is) changed.push({ name: field, before: was, after: is });
  }
  const [was, is] = [positionText(before?.geometry), positionText(after?.geometry)];
  if (was !== is) changed.push({ name: 'position', before: was, after: is });
  return changed;
}

export interface ConflictRow {
  name: Field;
  /** What the person wanted. */
  mine: string;
  /** What the other person left. */
  current: string;
}

/** The fields of the person's change, each beside what the feature holds now. */
export function conflictRows(
  mine: Partial<WifiTerminalProperties>,
  current: Record<string, unknown>,
): ConflictRow[] {
  return FIELDS.filter((field) => field in mine).map((field) => ({
    name: field,
    mine: text(mine[field]),
    current: text(current[field]),
  }));
}
