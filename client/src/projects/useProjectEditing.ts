// What a commune's page needs for editing its projects (issue 10): whether the signed-in account
// may (a planner, or the commune's own account), what the editor holds (a project, or a new one at
// a point of the map), whether a click places one, the last thing said, and a revision bumped after
// every write so that the projects are fetched again.
import { useCallback, useState } from 'react';
import { useAccount } from '../editing/account-store.ts';
import type { Position } from '../editing/edit-api.ts';
import type { EditorTarget } from './ProjectEditor.tsx';
import { mayEditProjectsOf } from './project-permissions.ts';

export function useProjectEditing(insee: string) {
  const account = useAccount();
  const canEdit = mayEditProjectsOf(account, insee);
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [placing, setPlacing] = useState(false);
  const [revision, setRevision] = useState(0);
  /** What the last write said, and the project it is about (none for a deletion). */
  const [note, setNote] = useState<{ text: string; projectId: number | null } | null>(null);

  const edit = useCallback((projectId: number) => {
    setPlacing(false);
    setNote(null);
    setTarget({ kind: 'edit', projectId });
  }, []);
  const startPlacing = useCallback(() => {
    setTarget(null);
    setNote(null);
    setPlacing(true);
  }, []);
  const stopPlacing = useCallback(() => setPlacing(false), []);
  const place = useCallback((position: Position) => {
    setPlacing(false);
    setTarget({ kind: 'new', position });
  }, []);
  const close = useCallback(() => setTarget(null), []);
  /** After a write: the projects again, and a word on what happened. */
  const written = useCallback((said: string | null, projectId: number | null = null) => {
    setRevision((previous) => previous + 1);
    setNote(said === null ? null : { text: said, projectId });
  }, []);

  return {
    account,
    canEdit,
    // Signing out (or into another commune) closes whatever was open.
    target: canEdit ? target : null,
    placing: canEdit && placing,
    revision,
    note,
    edit,
    startPlacing,
    stopPlacing,
    place,
    close,
    written,
  };
}
