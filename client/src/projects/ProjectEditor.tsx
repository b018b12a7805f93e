// The panel that edits one project or creates one (issue 10), over the commune's map where the
// details open. Editing asks for the project at its current version (ETag) first and sends only
// what changed, with If-Match; a 412 shows what the other person changed, a 403 or a 401 says in
// words why the server refused, a 400 goes next to its field. A new project is a point placed on
// the map; an edited one keeps its geometry.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectProperties } from '../../../server/edits/project-payloads.ts';
import type { CommuneSummary } from '../api.ts';
import type { Position } from '../editing/edit-api.ts';
import '../editing/editing.css';
import {
  changeProject,
  createProject,
  fetchProject,
  ProjectWriteError,
  type VersionedProject,
} from './project-api.ts';
import {
  blankValues,
  changeOf,
  fieldOfParameter,
  formValuesOf,
  type FieldErrors,
} from './project-form-values.ts';
import { ProjectConflict } from './ProjectConflict.tsx';
import { ProjectForm } from './ProjectForm.tsx';
import { refusalText } from './refusal-text.ts';
import './project-editing.css';

export type EditorTarget = { kind: 'edit'; projectId: number } | { kind: 'new'; position: Position };

export interface ProjectEditorProps {
  target: EditorTarget;
  /** The commune of the page: a new project's, by default. */
  insee: string;
  /** The communes a planner may move a project to; null for a commune account (its own only). */
  communes: readonly CommuneSummary[] | null;
  today: string;
  onSaved: (project: VersionedProject, created: boolean) => void;
  onClose: () => void;
}

type Loaded = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready' };

export function ProjectEditor({ target, insee, communes, today, onSaved, onClose }: ProjectEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [base, setBase] = useState<VersionedProject | null>(null);
  const [loaded, setLoaded] = useState<Loaded>(
    target.kind === 'new' ? { status: 'ready' } : { status: 'loading' },
  );
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<{
    mine: Partial<ProjectProperties>;
    current: VersionedProject;
  } | null>(null);
  // A new key gives the form fresh values (after a save, or keeping the other person's version).
  const [formKey, setFormKey] = useState(0);

  const projectId = target.kind === 'edit' ? target.projectId : null;
  useEffect(() => {
    if (projectId === null) return;
    let live = true;
    fetchProject(projectId).then(
      (project) => {
        if (!live) return;
        setBase(project);
        setLoaded({ status: 'ready' });
      },
      (error: unknown) => live && setLoaded({ status: 'error', detail: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [projectId]);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  // What a save said comes into view, however far down the form was scrolled.
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    noteRef.current?.scrollIntoView({ block: 'nearest' });
  }, [note]);

  const refused = (error: unknown) => {
    if (error instanceof ProjectWriteError) {
      const field = error.status === 400 ? fieldOfParameter(error.parameter) : null;
      if (field) setServerErrors({ [field]: error.detail });
    }
    setNote({ text: refusalText(t, error), error: true });
  };

  /** Runs one write, busy meanwhile; a refusal is said in words. */
  const run = async (write: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    setServerErrors({});
    try {
      await write();
    } catch (error) {
      if (error instanceof ProjectWriteError && error.status === 412 && error.current) return;
      refused(error);
    } finally {
      setBusy(false);
    }
  };

  /** Sends a change made from version `against`; a 412 opens the conflict with the project now. */
  const sendChange = async (change: Partial<ProjectProperties>, against: VersionedProject) => {
    try {
      const saved = await changeProject(against.properties.id, against.properties.version, change);
      setBase(saved);
      setConflict(null);
      setFormKey((key) => key + 1);
      setNote({ text: t('commune.edit.saved', { version: saved.properties.version }), error: false });
      onSaved(saved, false);
    } catch (error) {
      if (error instanceof ProjectWriteError && error.status === 412 && error.current) {
        setConflict({ mine: change, current: error.current });
      }
      throw error;
    }
  };

  const save = (properties: ProjectProperties) =>
    run(async () => {
      if (target.kind === 'new') {
        const created = await createProject({ type: 'Point', coordinates: target.position }, properties);
        onSaved(created, true);
        return;
      }
      if (!base) return;
      const change = changeOf(base.properties, properties);
      if (Object.keys(change).length === 0) {
        setNote({ text: t('commune.edit.nothingChanged'), error: false });
        return;
      }
      await sendChange(change, base);
    });

  const keepTheirs = () => {
    if (!conflict) return;
    setBase(conflict.current);
    setConflict(null);
    setFormKey((key) => key + 1);
    setNote({ text: t('commune.edit.kept', { version: conflict.current.properties.version }), error: false });
  };
  // The same change again, over the current version: the fields it does not name stay theirs.
  const applyMine = () => {
    if (conflict) void run(() => sendChange(conflict.mine, conflict.current));
  };

  const initial =
    target.kind === 'new' ? blankValues(insee, today) : base ? formValuesOf(base.properties) : null;
  const position =
    target.kind === 'new'
      ? target.position
          .map((value) => value.toFixed(5))
          .reverse()
          .join(', ')
      : null;

  return (
    <section
      className="project-detail project-editor"
      aria-labelledby={titleId}
      data-project={projectId ?? 'new'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="project-detail__header">
        <div>
          <p className="project-detail__kicker">
            {t(target.kind === 'new' ? 'commune.edit.newTitle' : 'commune.edit.editTitle')}
          </p>
          <h3 id={titleId} ref={headingRef} tabIndex={-1} className="project-detail__title">
            {base?.properties.title ?? t('commune.edit.newTitle')}
          </h3>
        </div>
        <button
          type="button"
          className="project-detail__close"
          aria-label={t('commune.edit.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="edit-field__hint">
        {position ? t('commune.edit.position', { position }) : t('commune.edit.geometryKept')}
      </p>
      {loaded.status === 'loading' && <p>{t('commune.edit.loading')}</p>}
      {loaded.status === 'error' && (
        <p className="edit-panel__error" role="alert">
          {t('commune.edit.loadFailed', { detail: loaded.detail })}
        </p>
      )}
      {conflict && (
        <ProjectConflict
          mine={conflict.mine}
          current={conflict.current}
          busy={busy}
          onKeepTheirs={keepTheirs}
          onApplyMine={applyMine}
        />
      )}
      {initial && (
        <ProjectForm
          key={formKey}
          initial={initial}
          communes={communes}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={(properties) => void save(properties)}
          message={
            note && (
              <p
                ref={noteRef}
                className={`project-editor__note ${note.error ? 'edit-panel__note--error' : ''}`}
                role={note.error ? 'alert' : 'status'}
              >
                {note.text}
              </p>
            )
          }
        >
          <button type="button" className="edit-toolbar__cancel" onClick={onClose}>
            {t('commune.edit.cancel')}
          </button>
        </ProjectForm>
      )}
    </section>
  );
}
