// What the map view needs for editing: whether the reader may edit (a signed-in planner), which
// terminal the edit panel holds, whether a click on the map places a new one, and a revision per
// layer bumped after every save so that the layer is fetched again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isPlanner, useAccount } from './account-store.ts';
import type { Position } from './edit-api.ts';
import type { EditTarget } from './EditPanel.tsx';

export const WIFI_LAYER = 'wifi-terminals';
/** The click that placed a point reaches the map's own click handlers just after: not a pick. */
const PLACING_CLICK_MS = 500;

export function useMapEditing() {
  const canEdit = isPlanner(useAccount());
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [placing, setPlacing] = useState(false);
  const [revisions, setRevisions] = useState<Record<string, number>>({});
  const placingRef = useRef({ placing: false, placedAt: 0 });
  useEffect(() => {
    placingRef.current.placing = placing;
  }, [placing]);

  const edit = useCallback((featureId: number) => {
    setPlacing(false);
    setTarget({ kind: 'edit', featureId });
  }, []);
  const startPlacing = useCallback(() => {
    setTarget(null);
    setPlacing(true);
  }, []);
  const stopPlacing = useCallback(() => setPlacing(false), []);
  const place = useCallback((position: Position) => {
    placingRef.current.placedAt = Date.now();
    setPlacing(false);
    setTarget({ kind: 'new', position });
  }, []);
  const close = useCallback(() => setTarget(null), []);
  /** True while a click places a point (or just did): the map's click picks nothing then. */
  const clickPlaces = useCallback(
    () => placingRef.current.placing || Date.now() - placingRef.current.placedAt < PLACING_CLICK_MS,
    [],
  );
  const saved = useCallback(
    () => setRevisions((previous) => ({ ...previous, [WIFI_LAYER]: (previous[WIFI_LAYER] ?? 0) + 1 })),
    [],
  );

  // Signing out closes whatever was open.
  return {
    canEdit,
    target: canEdit ? target : null,
    placing: canEdit && placing,
    revisions,
    edit,
    startPlacing,
    stopPlacing,
    place,
    close,
    saved,
    clickPlaces,
  };
}
