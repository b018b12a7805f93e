// What the map view needs for editing: whether the reader may edit (a signed-in planner), which
// feature the edit panel holds, what Terra Draw does on the map (draw a new feature of a layer,
// or move and reshape the open one), and a revision per layer bumped after every save so that the
// layer is fetched again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isPlanner, useAccount } from './account-store.ts';
import type { EditGeometry } from './edit-api.ts';
import type { LayerGeometryKind } from './editable-layers.ts';

export type EditTarget =
  { kind: 'edit'; layer: string; featureId: number } | { kind: 'new'; layer: string; geometry: EditGeometry };

/** What Terra Draw is doing: drawing a new feature of a layer, reshaping the open one, or nothing. */
export type DrawingTask =
  | { kind: 'draw'; layer: string; geometry: LayerGeometryKind }
  | { kind: 'reshape'; layer: string; featureId: number; geometry: EditGeometry }
  | null;

/** The click that finished a drawing reaches the map's own click handlers just after: not a pick. */
const DRAWING_CLICK_MS = 500;

export function useMapEditing() {
  const canEdit = isPlanner(useAccount());
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [task, setTask] = useState<DrawingTask>(null);
  /** The reshaped geometry as Terra Draw holds it now (null until it was changed). */
  const [reshaped, setReshaped] = useState<EditGeometry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revisions, setRevisions] = useState<Record<string, number>>({});
  const clicks = useRef({ task: null as DrawingTask, finishedAt: 0 });
  useEffect(() => {
    clicks.current.task = task;
  }, [task]);

  const edit = useCallback((layer: string, featureId: number) => {
    setTask(null);
    setNotice(null);
    setTarget({ kind: 'edit', layer, featureId });
  }, []);
  const startDrawing = useCallback((layer: string, geometry: LayerGeometryKind) => {
    setTarget(null);
    setNotice(null);
    setTask({ kind: 'draw', layer, geometry });
  }, []);
  const stopDrawing = useCallback(() => setTask(null), []);
  const drawn = useCallback((geometry: EditGeometry) => {
    clicks.current.finishedAt = Date.now();
    const current = clicks.current.task;
    if (current?.kind === 'draw') setTarget({ kind: 'new', layer: current.layer, geometry });
    setTask(null);
  }, []);
  const startReshaping = useCallback((layer: string, featureId: number, geometry: EditGeometry) => {
    setReshaped(null);
    setTask({ kind: 'reshape', layer, featureId, geometry });
  }, []);
  const stopReshaping = useCallback(() => {
    setReshaped(null);
    setTask((current) => (current?.kind === 'reshape' ? null : current));
  }, []);
  const close = useCallback(() => {
    setTarget(null);
    setReshaped(null);
    setTask((current) => (current?.kind === 'reshape' ? null : current));
  }, []);
  /** True while a click draws (or just did): the map's click picks nothing then. */
  const clickDraws = useCallback(
    () => clicks.current.task !== null || Date.now() - clicks.current.finishedAt < DRAWING_CLICK_MS,
    [],
  );
  const saved = useCallback(
    (layer: string) => setRevisions((previous) => ({ ...previous, [layer]: (previous[layer] ?? 0) + 1 })),
    [],
  );
  const deleted = useCallback(
    (layer: string, message: string) => {
      saved(layer);
      close();
      setNotice(message);
    },
    [saved, close],
  );

  // Signing out closes whatever was open.
  return {
    canEdit,
    target: canEdit ? target : null,
    task: canEdit ? task : null,
    reshaped,
    notice: canEdit ? notice : null,
    revisions,
    edit,
    startDrawing,
    stopDrawing,
    drawn,
    startReshaping,
    reshape: setReshaped,
    stopReshaping,
    close,
    saved,
    deleted,
    clickDraws,
  };
}
