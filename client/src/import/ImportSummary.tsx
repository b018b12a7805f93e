// What a dry run found, or what the import did (issue 11 item 4): the counts, the coordinate
// system and where it came from, the server's notes on the file, and the rejected and repaired
// features.
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import type { ImportReport } from './import-api.ts';
import { ImportIssues } from './ImportIssues.tsx';

const COUNTS = ['added', 'updated', 'unchanged', 'rejected', 'repaired'] as const;

export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = new Intl.NumberFormat(intlLocale[language]);
  const tense = report.dryRun ? 'dry' : 'done';
  const { crs } = report.file;
  return (
    <section className="import-step import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title" className="import-step__title">
        {report.dryRun
          ? t('import.summary.dryTitle')
          : t('import.summary.doneTitle', { id: report.importId ?? '' })}
      </h2>
      <p className="import-summary__file">
        {t('import.summary.read', {
          count: report.counts.read,
          name: report.file.name,
          layer: report.file.layer,
        })}
      </p>
      <dl className="import-counts">
        {COUNTS.map((count) => (
          <div key={count} className={`import-counts__item import-counts__item--${count}`} data-count={count}>
            <dt>{t(`import.counts.${tense}.${count}`)}</dt>
            <dd>{number.format(report.counts[count])}</dd>
          </div>
        ))}
      </dl>
      <p className="import-summary__crs" data-crs={crs.epsg ?? ''}>
        {t('import.summary.crs', {
          name: crs.epsg ? `EPSG:${crs.epsg}` : crs.name,
          full: crs.name,
          from: t(`import.summary.crsFrom.${crs.from}`),
        })}
      </p>
      {report.notes.length > 0 && (
        <ul className="import-summary__notes" aria-label={t('import.summary.notes')}>
          {report.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <ImportIssues kind="rejected" issues={report.rejected} total={report.counts.rejected} />
      <ImportIssues kind="repaired" issues={report.repaired} total={report.counts.repaired} />
    </section>
  );
}
