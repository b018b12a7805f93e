// The edit panel of a Wi-Fi terminal, beside the map: the form (a new terminal at a placed point,
// or the terminal of a map feature at the version its ETag names), the conflict view when someone
// else saved first (412), and the terminal's history with its restores.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WifiTerminalProperties } from '../../../server/edits/feature-payloads.ts';
import { ConflictView, type Conflict } from './ConflictView.tsx';
import {
  changeWifiTerminal,
  createWifiTerminal,
  EditError,
  fetchWifiTerminal,
  restoreVersion,
  type HistoryEntry,
  type Position,
  type WifiFeature,
} from './edit-api.ts';
import { HistoryList } from './HistoryList.tsx';
import { WifiForm } from './WifiForm.tsx';
import './editing.css';
import { blankValues, changeOf, FIELDS, formValuesOf, type FieldErrors } from './wifi-form-values.ts';

export type EditTarget = { kind: 'edit'; featureId: number } | { kind: 'new'; position: Position };

export interface EditPanelProps {
  target: EditTarget;
  onClose: () => void;
  /** A terminal was created or changed (here or, seen through a conflict, by someone else). */
  onSaved: (feature: WifiFeature) => void;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

const detailOf = (error: unknown) => (error instanceof EditError ? error.detail : String(error));

/** A 400 naming one of the form's fields (`properties.openingHours`) as that field's complaint. */
function fieldErrorOf(error: unknown): FieldErrors | null {
  if (!(error instanceof EditError) || error.status !== 400 || !error.parameter) return null;
  const field = FIELDS.find((name) => error.parameter === `properties.${name}`);
  return field ? { [field]: error.detail } : null;
}

export function EditPanel({ target, onClose, onSaved }: EditPanelProps) {
  const { t } = useTranslation();
  const [feature, setFeature] = useState<WifiFeature | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const editedId = target.kind === 'edit' ? target.featureId : null;
  // The panel opens where the reader's attention goes: its title takes the focus.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    if (editedId === null) return;
    let live = true;
    fetchWifiTerminal(editedId).then(
      (loaded) => live && setFeature(loaded),
      (error: unknown) => live && setLoadError(detailOf(error)),
    );
    return () => {
      live = false;
    };
  }, [editedId]);

  /** Runs one write; a 412 opens the conflict view with the change that was refused. */
  const write = async (
    attempt: () => Promise<WifiFeature>,
    done: (saved: WifiFeature) => string,
    mine?: Partial<WifiTerminalProperties>,
  ) => {
    setBusy(true);
    setNote(null);
    setServerErrors({});
    try {
      const saved = await attempt();
      setFeature(saved);
      setConflict(null);
      setNote({ kind: 'ok', text: done(saved) });
      onSaved(saved);
    } catch (error) {
      const fieldError = fieldErrorOf(error);
      if (error instanceof EditError && error.status === 412 && error.current && mine) {
        setConflict({ mine, current: error.current });
      } else if (fieldError) {
        setServerErrors(fieldError);
      } else {
        setNote({ kind: 'error', text: t('editing.saveFailed', { detail: detailOf(error) }) });
      }
    } finally {
      setBusy(false);
    }
  };
  const saved = (result: WifiFeature) => t('editing.saved', { version: result.properties.version });

  const submit = (properties: WifiTerminalProperties) => {
    if (!feature) {
      if (target.kind === 'new') void write(() => createWifiTerminal(target.position, properties), saved);
      return;
    }
    const change = changeOf(feature.properties, properties);
    if (Object.keys(change).length === 0) {
      setNote({ kind: 'ok', text: t('editing.nothingChanged') });
      return;
    }
    void write(() => changeWifiTerminal(feature.id, feature.properties.version, change), saved, change);
  };
  const keepTheirs = () => {
    if (!conflict) return;
    void write(
      () => fetchWifiTerminal(conflict.current.id).catch(() => conflict.current),
      (current) => t('editing.conflict.kept', { version: current.properties.version }),
    );
  };
  const applyMine = () => {
    if (!conflict) return;
    const { mine, current } = conflict;
    void write(() => changeWifiTerminal(current.id, current.properties.version, mine), saved, mine);
  };
  const restore = (entry: HistoryEntry) => {
    if (!feature) return;
    void write(
      () => restoreVersion(feature.id, entry.id, feature.properties.version),
      () => t('editing.history.restored', { version: entry.version }),
    );
  };

  const title = feature || target.kind === 'edit' ? t('editing.editTitle') : t('editing.newTitle');
  const position = feature?.geometry.coordinates ?? (target.kind === 'new' ? target.position : null);
  const waiting = target.kind === 'edit' && !feature;
  return (
    <aside className="edit-panel" aria-labelledby="edit-panel-title">
      <header className="edit-panel__header">
        <h2 id="edit-panel-title" ref={titleRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="edit-panel__close" aria-label={t('editing.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {waiting && !loadError && <p>{t('editing.loading')}</p>}
      {loadError && <p className="edit-panel__error">{t('editing.loadFailed', { detail: loadError })}</p>}
      {!waiting && (
        <>
          {feature?.properties.siteName && <p className="edit-panel__name">{feature.properties.siteName}</p>}
          {position && (
            <p className="edit-panel__position">
              {t('editing.positionAt', { position: position.map((value) => value.toFixed(5)).join(', ') })}
            </p>
          )}
          {conflict && (
            <ConflictView conflict={conflict} busy={busy} onKeepTheirs={keepTheirs} onApplyMine={applyMine} />
          )}
          <WifiForm
            key={feature ? `${feature.id}-v${feature.properties.version}` : 'new'}
            initial={feature ? formValuesOf(feature.properties) : blankValues}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={submit}
          />
          <p className={`edit-panel__note edit-panel__note--${note?.kind ?? 'ok'}`} role="status">
            {note?.text}
          </p>
          {feature && (
            <HistoryList
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
