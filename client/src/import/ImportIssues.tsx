// The features an import rejects or repairs, one row each: the feature's place in the file, its
// CSV row, the field and the server's reason (as text: it quotes the file's own values).
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './import-api.ts';

export interface ImportIssuesProps {
  kind: 'rejected' | 'repaired';
  issues: ImportReport['rejected'];
  /** How many there are in all: the report lists the first few hundred. */
  total: number;
}

export function ImportIssues({ kind, issues, total }: ImportIssuesProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const csv = issues.some((issue) => issue.row !== undefined);
  return (
    <div className={`import-issues import-issues--${kind}`}>
      <h3 className="import-issues__title">{t(`import.issues.${kind}`, { count: total })}</h3>
      <div className="import-issues__scroll">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.issues.feature')}</th>
              {csv && <th scope="col">{t('import.issues.row')}</th>}
              <th scope="col">{t('import.issues.field')}</th>
              <th scope="col">{t('import.issues.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={`${issue.feature}:${i}`}>
                <td>{issue.feature}</td>
                {csv && <td>{issue.row ?? ''}</td>}
                <td>{issue.field === 'geometry' ? t('import.issues.geometry') : (issue.field ?? '')}</td>
                <td>{issue.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length < total && (
        <p className="import-field__hint">
          {t('import.issues.more', { shown: issues.length, count: total })}
        </p>
      )}
    </div>
  );
}
