// The Wi-Fi terminal form: site name, status, opening hours, in-service date (empty = unknown),
// checked with the server's own zod schema before anything is sent; each complaint, the schema's
// or the server's (400 `parameter`), is shown next to its field.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WifiTerminalProperties } from '../../../server/edits/feature-payloads.ts';
import { checkValues, STATUSES, type Field, type FieldErrors, type FormValues } from './wifi-form-values.ts';

export interface WifiFormProps {
  initial: FormValues;
  busy: boolean;
  /** A complaint of the server about one field (400), by field name. */
  serverErrors: FieldErrors;
  onSubmit: (properties: WifiTerminalProperties) => void;
}

export function WifiForm({ initial, busy, serverErrors, onSubmit }: WifiFormProps) {
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
  const described = (field: Field, hint = false) =>
    [shown[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : ''].join(' ').trim() ||
    undefined;
  const errorOf = (field: Field) =>
    shown[field] && (
      <p id={`${id}-${field}-error`} className="edit-field__error">
        {shown[field]}
      </p>
    );
  const input = (field: 'siteName' | 'openingHours', max: number) => (
    <div className="edit-field">
      <label htmlFor={`${id}-${field}`}>{t(`editing.fields.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        name={field}
        maxLength={max}
        value={values[field]}
        aria-invalid={Boolean(shown[field])}
        aria-describedby={described(field)}
        onChange={(event) => set(field, event.target.value)}
      />
      {errorOf(field)}
    </div>
  );

  return (
    <form className="edit-form" noValidate onSubmit={submit}>
      {input('siteName', 120)}
      <div className="edit-field">
        <label htmlFor={`${id}-status`}>{t('editing.fields.status')}</label>
        <select
          id={`${id}-status`}
          name="status"
          value={values.status}
          aria-invalid={Boolean(shown.status)}
          aria-describedby={described('status')}
          onChange={(event) => set('status', event.target.value)}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`editing.statuses.${status}`)}
            </option>
          ))}
        </select>
        {errorOf('status')}
      </div>
      {input('openingHours', 200)}
      <div className="edit-field">
        <label htmlFor={`${id}-inServiceSince`}>{t('editing.fields.inServiceSince')}</label>
        <input
          id={`${id}-inServiceSince`}
          name="inServiceSince"
          type="date"
          value={values.inServiceSince}
          aria-invalid={Boolean(shown.inServiceSince)}
          aria-describedby={described('inServiceSince', true)}
          onChange={(event) => set('inServiceSince', event.target.value)}
        />
        <p id={`${id}-inServiceSince-hint`} className="edit-field__hint">
          {t('editing.dateHint')}
        </p>
        {errorOf('inServiceSince')}
      </div>
      <button type="submit" className="edit-save" disabled={busy}>
        {busy ? t('editing.saving') : t('editing.save')}
      </button>
    </form>
  );
}
