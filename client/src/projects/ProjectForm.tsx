// The project form: every attribute a planner or a commune keeps, checked with the server's own
// schema (projectProperties) before anything is sent; each complaint, the schema's or the server's
// (400 `parameter`), is shown next to its field and named by it (aria-describedby).
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectProperties } from '../../../server/edits/project-payloads.ts';
import type { CommuneSummary } from '../api.ts';
import { byName } from '../format/french-order.ts';
import {
  checkValues,
  KINDS,
  STATUSES,
  type Field,
  type FieldErrors,
  type FormValues,
} from './project-form-values.ts';

export interface ProjectFormProps {
  initial: FormValues;
  /** The communes a planner may choose among; null keeps the commune as it is (commune accounts). */
  communes: readonly CommuneSummary[] | null;
  busy: boolean;
  /** A complaint of the server about one field (400), by field name. */
  serverErrors: FieldErrors;
  onSubmit: (properties: ProjectProperties) => void;
  /** What the last save said, shown just above the buttons, where the eyes are. */
  message?: ReactNode;
  /** Buttons beside "Save" (cancel). */
  children?: ReactNode;
}

const DATES = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const OPTIONAL_DATES: ReadonlySet<Field> = new Set(['actualStart', 'actualEnd']);

export function ProjectForm(props: ProjectFormProps) {
  const { initial, communes, busy, serverErrors, onSubmit, message, children } = props;
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown: FieldErrors = { ...serverErrors, ...errors };

  const set = (field: Field, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors(({ [field]: _dropped, ...rest }) => rest);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkValues(values);
    if (!checked.ok) setErrors(checked.errors);
    else onSubmit(checked.properties);
  };
  const fieldId = (field: Field) => `${id}-${field}`;
  const described = (field: Field, hint = false) =>
    [shown[field] ? `${fieldId(field)}-error` : '', hint ? `${fieldId(field)}-hint` : ''].join(' ').trim() ||
    undefined;
  const common = (field: Field, hint = false) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    'aria-invalid': Boolean(shown[field]),
    'aria-describedby': described(field, hint),
  });
  const wrap = (field: Field, control: ReactNode, hint?: string) => (
    <div className="edit-field" key={field}>
      <label htmlFor={fieldId(field)}>{t(`commune.edit.fields.${field}`)}</label>
      {control}
      {hint && (
        <p id={`${fieldId(field)}-hint`} className="edit-field__hint">
          {hint}
        </p>
      )}
      {shown[field] && (
        <p id={`${fieldId(field)}-error`} className="edit-field__error">
          {shown[field]}
        </p>
      )}
    </div>
  );
  const text = (field: 'title' | 'organisation', max: number) =>
    wrap(field, <input {...common(field)} maxLength={max} onChange={(e) => set(field, e.target.value)} />);
  const area = (field: 'slippageReason' | 'publicNotes', max: number) =>
    wrap(
      field,
      <textarea {...common(field)} rows={3} maxLength={max} onChange={(e) => set(field, e.target.value)} />,
    );
  const choice = (field: Field, options: readonly string[], label: (value: string) => string) =>
    wrap(
      field,
      <select {...common(field)} onChange={(e) => set(field, e.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>,
    );
  const sortedCommunes = communes && [...communes].sort(byName);

  return (
    <form className="edit-form project-form" noValidate onSubmit={submit}>
      {text('title', 200)}
      {sortedCommunes &&
        choice(
          'communeInsee',
          sortedCommunes.map((commune) => commune.insee),
          (insee) => sortedCommunes.find((commune) => commune.insee === insee)?.name ?? insee,
        )}
      {choice('kind', KINDS, (kind) => t(`commune.kind.${kind}`))}
      {text('organisation', 120)}
      {choice('status', STATUSES, (status) => t(`commune.status.${status}`))}
      <div className="project-form__dates">
        {DATES.map((field) =>
          wrap(
            field,
            <input
              {...common(field, OPTIONAL_DATES.has(field))}
              type="date"
              onChange={(e) => set(field, e.target.value)}
            />,
            OPTIONAL_DATES.has(field) ? t('commune.edit.dateHint') : undefined,
          ),
        )}
      </div>
      {area('slippageReason', 500)}
      {area('publicNotes', 2_000)}
      {message}
      <div className="project-form__actions">
        <button type="submit" className="edit-save" disabled={busy}>
          {busy ? t('commune.edit.saving') : t('commune.edit.save')}
        </button>
        {children}
      </div>
    </form>
  );
}
