// The import wizard (issue 11, items 3–5): choose the layer and the file; a dry run at once, and
// again after each change (the coordinate system or layer the server asks for, the mapping, the
// key, the enum values); its report and preview; then the import itself, once, with its number.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '../../../server/imports/limits.ts';
import type { AppData } from '../app-data.ts';
import type { ImportReport } from './import-api.ts';
import type { UrlChange } from '../url-state.ts';
import { CrsChoice, LayerChoice } from './ImportChoice.tsx';
import { ImportMapping } from './ImportMapping.tsx';
import { ImportPreviewMap } from './ImportPreviewMap.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { FILE_LIMIT_MB, ImportSource } from './ImportSource.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { targetFieldsOf } from './target-fields.ts';
import { useImportRun } from './useImportRun.ts';
import {
  freshChoices,
  layersNamedIn,
  optionsOf,
  valuesToMap,
  withFieldMapped,
  withValueMapped,
  type ImportTarget,
  type UnmappedValue,
  type WizardChoices,
} from './wizard-choices.ts';

export interface ImportWizardProps {
  data: AppData;
  updateUrl: (change: UrlChange) => void;
}

export function ImportWizard({ data, updateUrl }: ImportWizardProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ImportTarget | ''>('');
  const [file, setFile] = useState<{ file: File; serial: number } | null>(null);
  const [choices, setChoices] = useState<WizardChoices | null>(null);
  const [known, setKnown] = useState<UnmappedValue[]>([]);
  /** Files chosen so far: each choice is a new run, even of a file of the same name. */
  const files = useRef(0);
  const { run, dryRun, commit, reset } = useImportRun();

  const tooBig = file !== null && file.file.size > IMPORT_LIMITS.fileBytes;
  const options = useMemo(() => (choices ? optionsOf(choices, true) : null), [choices]);
  const runKey = file && options ? `${file.serial}:${JSON.stringify(options)}` : '';

  useEffect(() => {
    if (file && options && !tooBig) dryRun(file.file, options, runKey);
    else reset();
    // runKey says everything the run depends on: file and options are read for it only.
  }, [runKey, tooBig]);

  // The last report of a dry run, kept on screen while the next one runs.
  const [shown, setShown] = useState<{ report: ImportReport; key: string } | null>(null);
  useEffect(() => {
    // A dry run of a file or a layer since left is not shown; the import's report always is.
    if (run.status !== 'done' || (run.dryRun && run.runKey !== runKey)) return;
    setShown({ report: run.report, key: run.runKey });
    if (run.dryRun) setKnown((previous) => valuesToMap(previous, run.report));
  }, [run, runKey]);

  const startOver = (nextTarget: ImportTarget | '', nextFile: typeof file) => {
    setTarget(nextTarget);
    setFile(nextFile);
    setChoices(nextTarget ? freshChoices(nextTarget) : null);
    setKnown([]);
    setShown(null);
  };

  const running = run.status === 'running';
  const committed = shown !== null && !shown.report.dryRun;
  /** Nothing may change once the import is sent: what it writes is what the dry run showed. */
  const locked = committed || (running && !run.dryRun);
  const failure = run.status === 'failed' ? run.failure : null;
  const failedRun = run.status === 'failed' ? run.dryRun : true;
  const report = shown?.report ?? null;
  /** The dry run of the options as they stand, once it succeeded: what the import will do. */
  const current = !running && shown?.report.dryRun && shown.key === runKey ? shown.report : null;
  const toWrite = current ? current.counts.added + current.counts.updated : 0;
  const properties = useMemo(
    () => (target ? targetFieldsOf(target, data.layers) : []),
    [target, data.layers],
  );
  const layers = report?.file.layers ?? [];
  const askedLayers =
    failure?.parameter === 'sourceLayer' ? layersNamedIn(failure.detail) : layers.length > 1 ? layers : [];

  const mapping = choices?.mapping ?? report?.mapping ?? {};
  const change = (next: (previous: WizardChoices) => WizardChoices) =>
    setChoices((previous) => (previous ? next(previous) : previous));

  return (
    <div className="import-page">
      <div className="import-page__column">
        <h2 className="import-page__title">{t('import.title')}</h2>
        <p className="import-page__intro">{t('import.intro')}</p>
        <ImportSource
          layers={data.layers}
          target={target}
          disabled={locked}
          onTarget={(next) => startOver(next, file)}
          onFile={(next) => startOver(target, next ? { file: next, serial: ++files.current } : null)}
        />
        {tooBig && (
          <p className="import-alert" role="alert">
            {t('import.tooBig', { size: FILE_LIMIT_MB })}
          </p>
        )}
        <div className="import-alert-region" role="alert">
          {failure && (
            <p className="import-alert">
              {t(failedRun ? 'import.failed.dryRun' : 'import.failed.commit', {
                detail: failure.detail,
              })}
            </p>
          )}
        </div>
        {choices && (failure?.parameter === 'crs' || choices.crs) && (
          <CrsChoice
            value={choices.crs}
            detail={failure?.parameter === 'crs' ? failure.detail : null}
            disabled={locked}
            onChange={(crs) => change((previous) => ({ ...previous, crs }))}
          />
        )}
        {choices && (askedLayers.length > 0 || choices.sourceLayer) && (
          <LayerChoice
            value={choices.sourceLayer}
            layers={askedLayers.length > 0 ? askedLayers : layers}
            disabled={locked}
            onChange={(sourceLayer) =>
              change((previous) => ({ ...freshChoices(previous.target), crs: previous.crs, sourceLayer }))
            }
          />
        )}
        {running && <ImportProgressBar stages={run.stages} dryRun={run.dryRun} />}
        {choices && report?.dryRun && (
          <ImportMapping
            fields={report.file.fields}
            mapping={mapping}
            properties={properties}
            keyChoice={target === 'communes' ? null : choices.key}
            values={known}
            chosenValues={choices.values}
            disabled={locked}
            onField={(field, property) =>
              change((previous) => withFieldMapped(previous, mapping, field, property))
            }
            onKey={(key) => change((previous) => ({ ...previous, key }))}
            onValue={(property, fileValue, value) =>
              change((previous) => withValueMapped(previous, property, fileValue, value))
            }
          />
        )}
        {report && <ImportSummary report={report} />}
        {report && shown && (
          <ImportPreviewMap
            config={data.config}
            communes={data.communes}
            report={report}
            reportKey={shown.key}
          />
        )}
        {report && !committed && (
          <div className="import-step import-commit">
            <button
              type="button"
              className="import-commit__button"
              disabled={!current || toWrite === 0 || locked || !file || !choices}
              onClick={() => {
                if (file && choices) commit(file.file, optionsOf(choices, false), runKey);
              }}
            >
              {t('import.commit.button', { count: toWrite })}
            </button>
            <p className="import-field__hint">
              {current ? t('import.commit.hint') : t('import.commit.waiting')}
            </p>
          </div>
        )}
        {committed && report && !report.dryRun && (
          <p className="import-done" role="status">
            {t('import.done', { id: report.importId ?? '' })}{' '}
            <a
              href={`/#layers=communes,${target}`}
              onClick={(event) => {
                event.preventDefault();
                updateUrl({ screen: 'map', layers: target === 'communes' ? null : ['communes', target] });
              }}
            >
              {t('import.backToMap')}
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
