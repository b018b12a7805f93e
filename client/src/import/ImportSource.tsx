// Step 1 of the import wizard: the layer to feed (the editable layers by their catalogue titles,
// and the official commune boundaries) and the file, with the formats taken and the size limit.
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '../../../server/imports/limits.ts';
import type { LayerInfo } from '../api.ts';
import { EDITABLE_LAYER_IDS } from '../editing/editable-layers.ts';
import { useLanguage } from '../i18n.ts';
import type { ImportTarget } from './wizard-choices.ts';

/** What the server reads (server/imports/uploaded-file.ts). */
const ACCEPTED = '.geojson,.json,.csv,.zip,.gpkg,.fgb';
/** The limit in the server's own unit (megabytes of 2²⁰ bytes). */
export const FILE_LIMIT_MB = Math.round(IMPORT_LIMITS.fileBytes / 2 ** 20);

export interface ImportSourceProps {
  layers: readonly LayerInfo[];
  target: ImportTarget | '';
  disabled: boolean;
  onTarget: (target: ImportTarget | '') => void;
  onFile: (file: File | null) => void;
}

export function ImportSource({ layers, target, disabled, onTarget, onFile }: ImportSourceProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editable = layers.filter((layer) => EDITABLE_LAYER_IDS.has(layer.id));
  return (
    <fieldset className="import-step import-source" disabled={disabled}>
      <legend className="import-step__title">{t('import.source.title')}</legend>
      <div className="import-source__fields">
        <div className="import-field">
          <label htmlFor="import-target">{t('import.source.target')}</label>
          <select
            id="import-target"
            value={target}
            onChange={(event) => onTarget(event.target.value as ImportTarget | '')}
          >
            <option value="">{t('import.source.chooseTarget')}</option>
            {editable.map((layer) => (
              <option key={layer.id} value={layer.id}>
                {layer.title[language]}
              </option>
            ))}
            <option value="communes">{t('import.source.communes')}</option>
          </select>
        </div>
        <div className="import-field">
          <label htmlFor="import-file">{t('import.source.file')}</label>
          <input
            id="import-file"
            type="file"
            accept={ACCEPTED}
            aria-describedby="import-file-hint"
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
          <p id="import-file-hint" className="import-field__hint">
            {t('import.source.formats', { size: FILE_LIMIT_MB })}
          </p>
        </div>
      </div>
    </fieldset>
  );
}
