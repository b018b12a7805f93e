// Runs the wizard's imports one at a time, as the server takes them (it answers 429 to a second
// one): a dry run asked for while another is on its way waits for it, and only the latest one
// asked for is run and shown. The real import runs once: a second commit is refused here, and
// nothing runs after it.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ImportFailure,
  postImport,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
} from './import-api.ts';

export type ImportRun =
  | { status: 'idle' }
  | { status: 'running'; dryRun: boolean; stages: ProgressByStage }
  | { status: 'done'; dryRun: boolean; report: ImportReport; runKey: string }
  | { status: 'failed'; dryRun: boolean; failure: ImportFailure; runKey: string };

/** The last word of each stage so far: rows read, checked, written. */
export type ProgressByStage = Partial<Record<ImportProgress['stage'], ImportProgress>>;

interface Asked {
  file: File;
  options: ImportOptions;
  /** What the run was for (the file and the options): a report counts for these only. */
  runKey: string;
}

export function useImportRun() {
  const [run, setRun] = useState<ImportRun>({ status: 'idle' });
  const busyRef = useRef(false);
  const nextRef = useRef<Asked | null>(null);
  const committedRef = useRef(false);
  const mountedRef = useRef(true);
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      nextRef.current = null;
    };
  }, []);

  const start = useCallback(async (asked: Asked) => {
    busyRef.current = true;
    const { dryRun } = asked.options;
    const show = (state: ImportRun) => {
      // A newer dry run is waiting: this one's outcome is stale (a commit's never is).
      if (mountedRef.current && (!dryRun || !nextRef.current)) setRun(state);
    };
    let stages: ProgressByStage = {};
    show({ status: 'running', dryRun, stages });
    try {
      const report = await postImport(asked.file, asked.options, (progress) => {
        stages = { ...stages, [progress.stage]: progress };
        show({ status: 'running', dryRun, stages });
      });
      show({ status: 'done', dryRun, report, runKey: asked.runKey });
    } catch (error) {
      const failure =
        error instanceof ImportFailure
          ? error
          : new ImportFailure(0, error instanceof Error ? error.message : String(error), null);
      show({ status: 'failed', dryRun, failure, runKey: asked.runKey });
      // A refused import wrote nothing (one transaction): it may be sent again.
      if (!dryRun) committedRef.current = false;
    } finally {
      busyRef.current = false;
    }
    const next = nextRef.current;
    nextRef.current = null;
    if (next && mountedRef.current && !committedRef.current) await start(next);
  }, []);

  /** A dry run of `options` on `file`, after the one running, if any. */
  const dryRun = useCallback(
    (file: File, options: ImportOptions, runKey: string) => {
      if (committedRef.current) return;
      const asked = { file, options: { ...options, dryRun: true }, runKey };
      if (busyRef.current) {
        nextRef.current = asked;
        setRun({ status: 'running', dryRun: true, stages: {} });
      } else void start(asked);
    },
    [start],
  );

  /** The real import; false when one was already sent or another is on its way. */
  const commit = useCallback(
    (file: File, options: ImportOptions, runKey: string): boolean => {
      if (committedRef.current || busyRef.current) return false;
      committedRef.current = true;
      void start({ file, options: { ...options, dryRun: false }, runKey });
      return true;
    },
    [start],
  );

  const reset = useCallback(() => {
    if (committedRef.current) return;
    nextRef.current = null;
    if (!busyRef.current) setRun({ status: 'idle' });
  }, []);

  return { run, dryRun, commit, reset };
}
