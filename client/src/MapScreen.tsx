// The map view: ties the URL state (view, layers, legend filters) to the map and the layer panel,
// and says when every visible layer has drawn; for a signed-in planner, editing every editable
// layer ("Modifier" in a feature's popup, a new feature drawn on the map, the edit panel).
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from './api.ts';
import type { AppData } from './app-data.ts';
import { EditButton } from './editing/EditButton.tsx';
import { EDITABLE_LAYER_IDS } from './editing/editable-layers.ts';
import { EditingToolbar } from './editing/EditingToolbar.tsx';
import { useMapEditing } from './editing/useMapEditing.ts';
import { MapLayers } from './map/MapLayers.tsx';
import { MapView } from './map/MapView.tsx';
import { useMapShell } from './map/useMapShell.ts';
import { narrowScreen } from './narrow-screen.ts';
import { LayerPanel } from './panel/LayerPanel.tsx';
import type { PickedFeature } from './popup/useFeaturePicking.ts';
import type { UrlChange, UrlState } from './url-state.ts';

// Only planners edit: the panel (with the shared zod schemas) and Terra Draw load on first use.
const loadEditPanel = () => import('./editing/EditPanel.tsx');
const EditPanel = lazy(() => loadEditPanel().then((module) => ({ default: module.EditPanel })));
const ShapeDrawing = lazy(() =>
  import('./editing/ShapeDrawing.tsx').then((module) => ({ default: module.ShapeDrawing })),
);

/**
 * Shown unless a link says otherwise; the three busiest layers wait to be asked for, so that the
 * first look stays readable (issue #9, item 6).
 */
const hiddenByDefault = new Set(['settlements', 'mobile-coverage', 'mobile-sites']);

/** The open panel is 20rem wide at the left of the map: keep the territory clear of it. */
const PANEL_CLEARANCE_PX = 340;

function visibleLayerIds(layers: readonly LayerInfo[], fromUrl: string[] | null): Set<string> {
  if (fromUrl === null)
    return new Set(layers.filter((info) => !hiddenByDefault.has(info.id)).map((info) => info.id));
  const known = new Set(layers.map((info) => info.id));
  return new Set(fromUrl.filter((id) => known.has(id)));
}

export interface ScreenProps {
  data: AppData;
  url: UrlState;
  updateUrl: (change: UrlChange) => void;
}

export function MapScreen({ data, url, updateUrl }: ScreenProps) {
  const { t } = useTranslation();
  const { config, layers, communes } = data;
  const shell = useMapShell(config, updateUrl);
  const visible = useMemo(() => visibleLayerIds(layers, url.layers), [layers, url.layers]);

  const [picked, setPicked] = useState<PickedFeature | null>(null);
  const editing = useMapEditing();
  // Once a planner is signed in, fetched ahead, so that "Modifier" opens the panel at once.
  useEffect(() => {
    if (editing.canEdit) void loadEditPanel();
  }, [editing.canEdit]);
  const [panelOpenAtStart] = useState(() => !narrowScreen());
  const fitPadding = useMemo(
    () => ({ top: 24, right: 24, bottom: 24, left: panelOpenAtStart ? PANEL_CLEARANCE_PX : 24 }),
    [panelOpenAtStart],
  );

  const onToggle = useCallback(
    (layerId: string, show: boolean) => {
      const ids = layers.map((info) => info.id).filter((id) => (id === layerId ? show : visible.has(id)));
      updateUrl({ layers: ids });
    },
    [layers, visible, updateUrl],
  );
  const onLegendSelect = useCallback(
    (layerId: string, values: string[]) => updateUrl({ filters: { ...url.filters, [layerId]: values } }),
    [url.filters, updateUrl],
  );
  const onPopupClose = useCallback((closed: PickedFeature) => {
    setPicked((current) => (current === closed ? null : current));
  }, []);
  // A click that draws picks nothing.
  const { clickDraws, edit } = editing;
  const onPick = useCallback(
    (next: PickedFeature) => {
      if (!clickDraws()) setPicked(next);
    },
    [clickDraws],
  );
  const popupActions = useCallback(
    (shown: PickedFeature) => {
      const id = Number(shown.properties.id);
      if (!editing.canEdit || !EDITABLE_LAYER_IDS.has(shown.layerId) || !Number.isInteger(id)) return null;
      return (
        <EditButton
          onEdit={() => {
            setPicked(null);
            edit(shown.layerId, id);
          }}
        />
      );
    },
    [editing.canEdit, edit],
  );
  const editableShown = useMemo(
    () => layers.filter((info) => EDITABLE_LAYER_IDS.has(info.id) && visible.has(info.id)),
    [layers, visible],
  );
  const snapSources = useMemo(() => editableShown.map((info) => info.id), [editableShown]);
  const targetInfo = editing.target && layers.find((info) => info.id === editing.target?.layer);
  const { task, target } = editing;
  const reshapingTarget =
    task?.kind === 'reshape' && target?.kind === 'edit' && task.featureId === target.featureId;

  return (
    <>
      <MapView
        mapStyle={shell.mapStyle}
        view={url.view}
        locale={shell.locale}
        label={t('app.mapLabel')}
        fitPadding={fitPadding}
        dataLoaded={shell.loaded(visible)}
        onViewChange={shell.onViewChange}
      >
        <MapLayers
          layers={layers}
          visible={visible}
          legendSelection={url.filters}
          viewport={shell.viewport}
          communes={communes}
          offlineBasemap={shell.offlineBasemap}
          onStatus={shell.onStatus}
          picked={picked}
          onPick={onPick}
          onPopupClose={onPopupClose}
          popupActions={popupActions}
          revisions={editing.revisions}
        />
        {editing.canEdit && (
          <Suspense fallback={null}>
            <ShapeDrawing
              task={editing.task}
              snapSources={snapSources}
              onDrawn={editing.drawn}
              onReshape={editing.reshape}
            />
          </Suspense>
        )}
      </MapView>
      <LayerPanel
        layers={layers}
        visible={visible}
        statuses={shell.statuses}
        onToggle={onToggle}
        legendSelection={url.filters}
        onLegendSelect={onLegendSelect}
        defaultOpen={panelOpenAtStart}
      />
      {editing.canEdit && !target && (
        <EditingToolbar
          layers={editableShown}
          drawing={task?.kind === 'draw' ? task.geometry : null}
          notice={editing.notice}
          onStart={editing.startDrawing}
          onCancel={editing.stopDrawing}
          onRestored={(layer, featureId) => {
            editing.saved(layer);
            edit(layer, featureId);
          }}
        />
      )}
      {target && targetInfo && (
        <Suspense fallback={null}>
          <EditPanel
            key={JSON.stringify(target)}
            target={target}
            info={targetInfo}
            catalogue={layers}
            reshaping={reshapingTarget}
            reshaped={reshapingTarget ? editing.reshaped : null}
            onReshape={(featureId, geometry) => editing.startReshaping(target.layer, featureId, geometry)}
            onStopReshaping={editing.stopReshaping}
            onClose={editing.close}
            onSaved={() => editing.saved(target.layer)}
            onDeleted={(message) => editing.deleted(target.layer, message)}
          />
        </Suspense>
      )}
    </>
  );
}
