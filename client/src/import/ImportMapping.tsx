// Step 3 of the import wizard: each field of the file to a property of the layer (or left out),
// pre-filled with what the server proposed; the key that matches existing features; and, for the
// values of an enum the server could not place, the value each stands for. Any change re-runs the
// dry run.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n.ts';
import type { TargetField } from './target-fields.ts';
import type { UnmappedValue } from './wizard-choices.ts';

export interface ImportMappingProps {
  fields: readonly string[];
  mapping: Record<string, string | null>;
  properties: readonly TargetField[];
  /** null: the target chooses its own key (the communes: INSEE code, else name). */
  keyChoice: string | null;
  values: readonly UnmappedValue[];
  chosenValues: Record<string, Record<string, string>>;
  disabled: boolean;
  onField: (field: string, property: string | null) => void;
  onKey: (key: string) => void;
  onValue: (property: string, fileValue: string, value: string) => void;
}

export function ImportMapping(props: ImportMappingProps) {
  const { fields, mapping, properties, keyChoice, values, chosenValues, disabled } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const labelOf = (name: string) => properties.find((p) => p.name === name)?.label[language] ?? name;
  const mapped = properties.filter((p) => Object.values(mapping).includes(p.name));
  return (
    <fieldset className="import-step import-mapping" disabled={disabled}>
      <legend className="import-step__title">{t('import.mapping.title')}</legend>
      <table className="import-table">
        <caption className="visually-hidden">{t('import.mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.field')}</th>
            <th scope="col">{t('import.mapping.property')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, i) => (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`import-map-${i}`}>{field}</label>
              </th>
              <td>
                <select
                  id={`import-map-${i}`}
                  data-field={field}
                  value={mapping[field] ?? ''}
                  onChange={(event) => props.onField(field, event.target.value || null)}
                >
                  <option value="">{t('import.mapping.skip')}</option>
                  {properties.map((property) => (
                    <option key={property.name} value={property.name}>
                      {property.label[language]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {keyChoice !== null && (
        <div className="import-field">
          <label htmlFor="import-key">{t('import.mapping.key')}</label>
          <select
            id="import-key"
            value={keyChoice}
            aria-describedby="import-key-hint"
            onChange={(event) => props.onKey(event.target.value)}
          >
            <option value="">{t('import.mapping.noKey')}</option>
            {mapped.map((property) => (
              <option key={property.name} value={property.name}>
                {property.label[language]}
              </option>
            ))}
          </select>
          <p id="import-key-hint" className="import-field__hint">
            {t('import.mapping.keyHint')}
          </p>
        </div>
      )}
      {values.length > 0 && (
        <div className="import-values">
          <h3 className="import-values__title">{t('import.values.title')}</h3>
          <p className="import-field__hint">{t('import.values.hint')}</p>
          <ul className="import-values__list">
            {values.map((row, i) => {
              const options = properties.find((p) => p.name === row.property)?.options ?? [];
              return (
                <li key={`${row.property}:${row.value}`} className="import-field import-field--row">
                  <label htmlFor={`import-value-${i}`}>
                    {t('import.values.row', {
                      value: row.value,
                      field: row.field,
                      property: labelOf(row.property),
                      count: row.count,
                    })}
                  </label>
                  <select
                    id={`import-value-${i}`}
                    data-value={row.value}
                    value={chosenValues[row.property]?.[row.value] ?? ''}
                    onChange={(event) => props.onValue(row.property, row.value, event.target.value)}
                  >
                    <option value="">{t('import.values.none')}</option>
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label[language]}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
