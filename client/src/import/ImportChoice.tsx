// What the server asks before it can read the file (issue 11): the coordinate system of a file
// that states none, or which of a GeoPackage's layers to import. Shown with the server's words.
import { useTranslation } from 'react-i18next';
import { CRS_CODES, type CrsCode } from './wizard-choices.ts';

export interface CrsChoiceProps {
  value: CrsCode | null;
  /** The server's words when it asked; null once a choice is made and accepted. */
  detail: string | null;
  disabled: boolean;
  onChange: (crs: CrsCode | null) => void;
}

export function CrsChoice({ value, detail, disabled, onChange }: CrsChoiceProps) {
  const { t } = useTranslation();
  return (
    <div className="import-field import-choice">
      <label htmlFor="import-crs">{t('import.choice.crs')}</label>
      <select
        id="import-crs"
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={detail ? 'import-crs-detail' : undefined}
        onChange={(event) => onChange((event.target.value || null) as CrsCode | null)}
      >
        <option value="">{t('import.choice.crsNone')}</option>
        {CRS_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`import.crsName.${code}`)}
          </option>
        ))}
      </select>
      {detail && (
        <p id="import-crs-detail" className="import-field__hint">
          {t('import.choice.crsWhy')}
        </p>
      )}
    </div>
  );
}

export interface LayerChoiceProps {
  value: string | null;
  layers: readonly string[];
  disabled: boolean;
  onChange: (layer: string | null) => void;
}

export function LayerChoice({ value, layers, disabled, onChange }: LayerChoiceProps) {
  const { t } = useTranslation();
  return (
    <div className="import-field import-choice">
      <label htmlFor="import-source-layer">{t('import.choice.layer')}</label>
      <select
        id="import-source-layer"
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('import.choice.layerNone')}</option>
        {layers.map((layer) => (
          <option key={layer} value={layer}>
            {layer}
          </option>
        ))}
      </select>
    </div>
  );
}
