// The history of a project (GET /api/projects/:id/history), newest first: when, who, what kind of
// change, and each attribute that changed (before → after) as text. For signed-in accounts only.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import { useRemote } from '../planning/useRemote.ts';
import { fetchProjectHistory } from './project-api.ts';
import { changedAttributes } from './project-form-values.ts';
import { useProjectValueText } from './project-value-text.ts';

export interface ProjectHistoryProps {
  projectId: number;
  /** The project's version: a new one (a save) asks for the history again. */
  version: number;
}

export function ProjectHistory({ projectId, version }: ProjectHistoryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const valueText = useProjectValueText();
  // The version is not read, but a new one asks again.
  const history = useRemote(useCallback(() => fetchProjectHistory(projectId), [projectId, version]));
  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });
  const entries = history.data;

  return (
    <section className="edit-history project-history" aria-label={t('commune.detail.history')}>
      <h4 className="project-history__title">{t('commune.detail.history')}</h4>
      {history.status === 'loading' && !entries && <p>{t('editing.history.loading')}</p>}
      {history.error && (
        <p className="edit-panel__error" role="alert">
          {t('editing.history.failed', { detail: history.error.message })}
        </p>
      )}
      {entries?.length === 0 && <p>{t('editing.history.empty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="edit-history__list">
          {entries.map((entry) => {
            const changes = entry.operation === 'update' ? changedAttributes(entry.before, entry.after) : [];
            return (
              <li key={entry.id} className="history-entry">
                <p className="history-entry__head">
                  <strong>{t(`editing.history.operations.${entry.operation}`)}</strong>{' '}
                  {t('editing.history.version', { version: entry.version })} ·{' '}
                  <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> ·{' '}
                  {t('editing.history.by', { author: entry.author ?? t('editing.history.unknownAuthor') })}
                </p>
                {changes.length > 0 && (
                  <ul className="history-entry__changes">
                    {changes.map((change) => (
                      <li key={change.name}>
                        {t('editing.history.change', {
                          field: t(`commune.edit.fields.${change.name}`),
                          before: valueText(change.name, change.before),
                          after: valueText(change.name, change.after),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
