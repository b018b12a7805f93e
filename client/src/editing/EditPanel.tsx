// The edit panel of a feature of any editable layer, beside the map: its attribute form (a new
// feature at what was drawn, or the feature of the map at the version its ETag names), moving or
// reshaping it and deleting it, the conflict view when someone else saved first (412), and the
// feature's history with its restores.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { ConflictView } from './ConflictView.tsx';
import {
  changeFeature,
  createFeature,
  deleteFeature,
  fetchFeature,
  restoreVersion,
  type EditedFeature,
  type EditGeometry,
  type FeatureChange,
  type HistoryEntry,
} from './edit-api.ts';
import { blankValues, changeOf, formValuesOf, geometryText, type Properties } from './form-values.ts';
import { GeometryActions } from './GeometryActions.tsx';
import { HistoryList } from './HistoryList.tsx';
import { editableLayerOf, formFieldsOf, geometryKindOf } from './layer-fields.ts';
import { LayerForm } from './LayerForm.tsx';
import type { EditTarget } from './useMapEditing.ts';
import { detailOf, useFeatureWrites } from './useFeatureWrites.ts';
import { useValueText } from './value-text.ts';
import './editing.css';

export interface EditPanelProps {
  target: EditTarget;
  /** The target's layer, as the catalogue describes it. */
  info: LayerInfo;
  catalogue: readonly LayerInfo[];
  /** Terra Draw holds this feature's geometry for moving or reshaping. */
  reshaping: boolean;
  /** The geometry as moved or reshaped so far (null until it changes). */
  reshaped: EditGeometry | null;
  onReshape: (featureId: number, geometry: EditGeometry) => void;
  onStopReshaping: () => void;
  onClose: () => void;
  /** A feature was created or changed (here or, seen through a conflict, by someone else). */
  onSaved: (feature: EditedFeature) => void;
  onDeleted: (message: string) => void;
}

/** The shape of a feature's geometry in words: its position, or its number of vertices. */
function useGeometryText() {
  const valueText = useValueText([]);
  return (geometry: EditGeometry) => valueText('geometry', geometryText(geometry));
}

export function EditPanel(props: EditPanelProps) {
  const { target, info, catalogue, reshaping, reshaped, onReshape, onStopReshaping, onClose, onSaved } =
    props;
  const { t } = useTranslation();
  const language = useLanguage();
  const layer = editableLayerOf(info);
  const fields = useMemo(() => formFieldsOf(info, catalogue), [info, catalogue]);
  const point = geometryKindOf(info) === 'point';
  const shapeText = useGeometryText();
  const { feature, setFeature, busy, note, setNote, serverErrors, conflict, write } = useFeatureWrites(
    fields,
    onSaved,
  );
  const [loadError, setLoadError] = useState<string | null>(null);
  const editedId = target.kind === 'edit' ? target.featureId : null;
  // The panel opens where the reader's attention goes: its title takes the focus.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    if (editedId === null) return;
    let live = true;
    fetchFeature(target.layer, editedId).then(
      (loaded) => live && setFeature(loaded),
      (error: unknown) => live && setLoadError(detailOf(error)),
    );
    return () => {
      live = false;
    };
  }, [target.layer, editedId, setFeature]);

  const saved = (result: EditedFeature) => t('editing.saved', { version: result.properties.version });
  const change = (mine: FeatureChange) => {
    if (!feature) return Promise.resolve(false);
    return write(
      () => changeFeature(target.layer, feature.id, feature.properties.version, mine),
      saved,
      mine,
    );
  };
  const submit = (properties: Properties) => {
    if (!feature) {
      if (target.kind === 'new')
        void write(() => createFeature(target.layer, target.geometry, properties), saved);
      return;
    }
    const changed = changeOf(fields, feature.properties, properties);
    if (Object.keys(changed).length === 0) {
      setNote({ kind: 'ok', text: t('editing.nothingChanged') });
      return;
    }
    void change({ properties: changed });
  };
  const saveGeometry = async () => {
    if (reshaped && (await change({ geometry: reshaped }))) onStopReshaping();
  };
  const remove = async () => {
    if (!feature) return;
    const done = await write(
      async () => {
        await deleteFeature(target.layer, feature.id, feature.properties.version);
        return feature;
      },
      () => '',
    );
    if (done) props.onDeleted(t('editing.delete.done', { layer: info.title[language] }));
  };
  const keepTheirs = () => {
    if (!conflict) return;
    void write(
      () => fetchFeature(target.layer, conflict.current.id).catch(() => conflict.current),
      (current) => t('editing.conflict.kept', { version: current.properties.version }),
    );
  };
  const applyMine = () => {
    if (!conflict) return;
    const { mine, current } = conflict;
    void write(() => changeFeature(target.layer, current.id, current.properties.version, mine), saved, mine);
  };
  const restore = (entry: HistoryEntry) => {
    if (!feature) return;
    void write(
      () => restoreVersion(target.layer, feature.id, entry.id, feature.properties.version),
      () => t('editing.history.restored', { version: entry.version }),
    );
  };

  const title = t(feature || target.kind === 'edit' ? 'editing.editTitle' : 'editing.newTitle', {
    layer: info.title[language],
  });
  const geometry = reshaped ?? feature?.geometry ?? (target.kind === 'new' ? target.geometry : null);
  const waiting = target.kind === 'edit' && !feature;
  const name = feature?.properties.name ?? feature?.properties.siteName;
  return (
    <aside className="edit-panel" aria-labelledby="edit-panel-title" data-layer={target.layer}>
      <header className="edit-panel__header">
        <h2 id="edit-panel-title" ref={titleRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="edit-panel__close" aria-label={t('editing.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {!layer && <p className="edit-panel__error">{t('editing.notEditable')}</p>}
      {waiting && !loadError && <p>{t('editing.loading')}</p>}
      {loadError && <p className="edit-panel__error">{t('editing.loadFailed', { detail: loadError })}</p>}
      {layer && !waiting && (
        <>
          {typeof name === 'string' && <p className="edit-panel__name">{name}</p>}
          {geometry && (
            <p className="edit-panel__position">
              {point
                ? t('editing.positionAt', { position: shapeText(geometry) })
                : t('editing.shapeOf', { shape: shapeText(geometry) })}
            </p>
          )}
          {conflict && (
            <ConflictView
              conflict={conflict}
              fields={fields}
              point={point}
              busy={busy}
              onKeepTheirs={keepTheirs}
              onApplyMine={applyMine}
            />
          )}
          <LayerForm
            key={feature ? `${feature.id}-v${feature.properties.version}` : 'new'}
            layer={layer}
            fields={fields}
            initial={feature ? formValuesOf(fields, feature.properties) : blankValues(fields)}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={submit}
          />
          <p className={`edit-panel__note edit-panel__note--${note?.kind ?? 'ok'}`} role="status">
            {note?.text}
          </p>
          {feature && (
            <GeometryActions
              busy={busy}
              point={point}
              reshaping={reshaping}
              reshaped={reshaped !== null}
              onReshape={() => onReshape(feature.id, feature.geometry)}
              onSaveGeometry={() => void saveGeometry()}
              onCancelReshape={onStopReshaping}
              onDelete={() => void remove()}
            />
          )}
          {feature && (
            <HistoryList
              layer={target.layer}
              fields={fields}
              point={point}
              featureId={feature.id}
              version={feature.properties.version}
              busy={busy}
              onRestore={restore}
            />
          )}
        </>
      )}
    </aside>
  );
}
