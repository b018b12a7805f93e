// The attribute form of a feature of any editable layer, one field per property of the layer's
// zod schema (layer-fields.ts): text, whole numbers, dates (empty = unknown when allowed), a choice
// among the enum's values, or several (checkboxes). Checked with the server's own schema before
// anything is sent; each complaint, the schema's or the server's (400 `parameter`), is shown next
// to its field and tied to it (aria-invalid, aria-describedby).
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableLayer } from '../../../server/edits/layer-payloads.ts';
import { useLanguage } from '../i18n.ts';
import { checkValues, type FieldErrors, type FormValues, type Properties } from './form-values.ts';
import type { FormField } from './layer-fields.ts';

export interface LayerFormProps {
  layer: EditableLayer;
  fields: readonly FormField[];
  initial: FormValues;
  busy: boolean;
  /** A complaint of the server about one field (400), by field name. */
  serverErrors: FieldErrors;
  onSubmit: (properties: Properties) => void;
}

export function LayerForm({ layer, fields, initial, busy, serverErrors, onSubmit }: LayerFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown: FieldErrors = { ...serverErrors, ...errors };

  const set = (name: string, value: string | string[]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: _dropped, ...rest }) => rest);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkValues(layer, fields, values);
    if (!checked.ok) setErrors(checked.errors);
    else onSubmit(checked.properties);
  };
  const inputId = (field: FormField) => `${id}-${field.name}`;
  const hinted = (field: FormField) => field.kind === 'date' && field.nullable;
  const described = (field: FormField) =>
    [shown[field.name] ? `${inputId(field)}-error` : '', hinted(field) ? `${inputId(field)}-hint` : '']
      .join(' ')
      .trim() || undefined;
  const common = (field: FormField) => ({
    id: inputId(field),
    name: field.name,
    'aria-invalid': Boolean(shown[field.name]),
    'aria-describedby': described(field),
  });
  const stringOf = (field: FormField) => {
    const value = values[field.name];
    return typeof value === 'string' ? value : '';
  };

  const control = (field: FormField): ReactNode => {
    switch (field.kind) {
      case 'enum':
        return (
          <select
            {...common(field)}
            value={stringOf(field)}
            onChange={(event) => set(field.name, event.target.value)}
          >
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label[language]}
              </option>
            ))}
          </select>
        );
      case 'integer':
        return (
          <input
            {...common(field)}
            type="number"
            inputMode="numeric"
            step={1}
            min={field.min}
            max={field.max}
            value={stringOf(field)}
            onChange={(event) => set(field.name, event.target.value)}
          />
        );
      case 'date':
        return (
          <input
            {...common(field)}
            type="date"
            value={stringOf(field)}
            onChange={(event) => set(field.name, event.target.value)}
          />
        );
      case 'text':
        return (
          <input
            {...common(field)}
            maxLength={field.maxLength}
            value={stringOf(field)}
            onChange={(event) => set(field.name, event.target.value)}
          />
        );
      case 'list':
        return null;
    }
  };

  const listField = (field: FormField) => {
    const ticked = Array.isArray(values[field.name]) ? (values[field.name] as string[]) : [];
    const toggle = (value: string, on: boolean) =>
      set(
        field.name,
        // In the schema's order, whatever the order of the clicks.
        field.options.map((option) => option.value).filter((v) => (v === value ? on : ticked.includes(v))),
      );
    return (
      <fieldset key={field.name} className="edit-field edit-field--list" aria-describedby={described(field)}>
        <legend>{field.label[language]}</legend>
        {field.options.map((option) => (
          <label key={option.value} className="edit-field__choice">
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              checked={ticked.includes(option.value)}
              aria-invalid={Boolean(shown[field.name])}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label[language]}
          </label>
        ))}
        {errorOf(field)}
      </fieldset>
    );
  };
  const errorOf = (field: FormField) =>
    shown[field.name] && (
      <p id={`${inputId(field)}-error`} className="edit-field__error">
        {shown[field.name]}
      </p>
    );

  return (
    <form className="edit-form" noValidate onSubmit={submit}>
      {fields.map((field) =>
        field.kind === 'list' ? (
          listField(field)
        ) : (
          <div key={field.name} className="edit-field">
            <label htmlFor={inputId(field)}>{field.label[language]}</label>
            {control(field)}
            {hinted(field) && (
              <p id={`${inputId(field)}-hint`} className="edit-field__hint">
                {t('editing.dateHint')}
              </p>
            )}
            {errorOf(field)}
          </div>
        ),
      )}
      <button type="submit" className="edit-save" disabled={busy}>
        {busy ? t('editing.saving') : t('editing.save')}
      </button>
    </form>
  );
}
