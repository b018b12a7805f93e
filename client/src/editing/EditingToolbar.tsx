// Over the map, for a planner: which layer to add a feature to (among the editable layers shown)
// and "Dessiner", and the layer's deleted features to restore; while drawing, what to click and a way out; after a deletion, what happened.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { DeletedFeatures } from './DeletedFeatures.tsx';
import { geometryKindOf, type LayerGeometryKind } from './editable-layers.ts';

export interface EditingToolbarProps {
  /** The editable layers shown on the map, in the catalogue's order. */
  layers: readonly LayerInfo[];
  /** What is being drawn now, if anything. */
  drawing: LayerGeometryKind | null;
  notice: string | null;
  onStart: (layer: string, geometry: LayerGeometryKind) => void;
  onCancel: () => void;
  /** A deleted feature was brought back: show it. */
  onRestored: (layer: string, featureId: number) => void;
}

export function EditingToolbar({
  layers,
  drawing,
  notice,
  onStart,
  onCancel,
  onRestored,
}: EditingToolbarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const layer = layers.find((info) => info.id === chosen) ?? layers[0];

  if (drawing) {
    return (
      <div className="edit-toolbar">
        <p className="edit-toolbar__hint" role="status">
          {t(`editing.drawHint.${drawing}`)}
        </p>
        <button type="button" className="edit-toolbar__cancel" onClick={onCancel}>
          {t('editing.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="edit-toolbar">
      {notice && (
        <p className="edit-toolbar__hint edit-toolbar__notice" role="status">
          {notice}
        </p>
      )}
      {layer ? (
        <>
          <label htmlFor={`${id}-layer`} className="edit-toolbar__label">
            {t('editing.addTo')}
          </label>
          <select
            id={`${id}-layer`}
            name="layer"
            className="edit-toolbar__layer"
            value={layer.id}
            onChange={(event) => setChosen(event.target.value)}
          >
            {layers.map((info) => (
              <option key={info.id} value={info.id}>
                {info.title[language]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="new-feature-button"
            onClick={() => onStart(layer.id, geometryKindOf(layer))}
          >
            {t(`editing.draw.${geometryKindOf(layer)}`)}
          </button>
          <DeletedFeatures layer={layer.id} layerTitle={layer.title[language]} onRestored={onRestored} />
        </>
      ) : (
        <p className="edit-toolbar__hint">{t('editing.noEditableLayer')}</p>
      )}
    </div>
  );
}
