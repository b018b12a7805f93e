// An import on its way: a bar for the stage it is at, and the features read, checked and written
// so far (the server streams them, issue 11).
import { useTranslation } from 'react-i18next';
import type { ProgressByStage } from './useImportRun.ts';

const STAGES = ['reading', 'checking', 'writing'] as const;

export function ImportProgressBar({ stages, dryRun }: { stages: ProgressByStage; dryRun: boolean }) {
  const { t } = useTranslation();
  const current = stages.refreshing ?? stages.writing ?? stages.checking ?? stages.reading;
  const known = current && current.total > 0;
  return (
    <div className="import-progress" role="status">
      <label htmlFor="import-progress-bar">
        {t(dryRun ? 'import.progress.dryRun' : 'import.progress.commit')}
        {current && ` — ${t(`import.progress.stage.${current.stage}`)}`}
      </label>
      {known ? (
        <progress id="import-progress-bar" max={current.total} value={current.done} />
      ) : (
        <progress id="import-progress-bar" />
      )}
      <p className="import-progress__counts">
        {STAGES.map((stage) => {
          const p = stages[stage];
          return (
            <span key={stage} data-stage={stage}>
              {t(`import.progress.done.${stage}`, { done: p?.done ?? 0, total: p?.total ?? 0 })}
            </span>
          );
        })}
      </p>
    </div>
  );
}
