// The "Historique" of a feature, newest first: when, who, by which path (the map, an import, the
// OGC API), what kind of change, and each attribute that changed (before → after) as text; each
// entry can be restored over the current version.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import { fetchHistory, type HistoryEntry } from './edit-api.ts';
import { changedAttributes } from './form-values.ts';
import type { FormField } from './layer-fields.ts';
import { useFieldLabel, useValueText } from './value-text.ts';

export interface HistoryListProps {
  layer: string;
  fields: readonly FormField[];
  point: boolean;
  featureId: number;
  /** The feature's version: a new one (a save elsewhere in the panel) asks for the history again. */
  version: number;
  busy: boolean;
  onRestore: (entry: HistoryEntry) => void;
}

type Loaded =
  { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; entries: HistoryEntry[] };

export function HistoryList({ layer, fields, point, featureId, version, busy, onRestore }: HistoryListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const valueText = useValueText(fields);
  const fieldLabel = useFieldLabel(fields, point);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    fetchHistory(layer, featureId).then(
      (entries) => live && setLoaded({ status: 'ready', entries }),
      (error: unknown) => live && setLoaded({ status: 'error', detail: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [layer, featureId, version]);

  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="edit-history" aria-labelledby="edit-history-title">
      <h3 id="edit-history-title">{t('editing.history.title')}</h3>
      {loaded.status === 'loading' && <p>{t('editing.history.loading')}</p>}
      {loaded.status === 'error' && (
        <p className="edit-panel__error">{t('editing.history.failed', { detail: loaded.detail })}</p>
      )}
      {loaded.status === 'ready' && loaded.entries.length === 0 && <p>{t('editing.history.empty')}</p>}
      {loaded.status === 'ready' && (
        <ol className="edit-history__list">
          {loaded.entries.map((entry) => {
            const changes = changedAttributes(fields, entry.before, entry.after);
            const current = entry.version === version && entry.operation !== 'delete';
            return (
              <li key={entry.id} className="history-entry">
                <p className="history-entry__head">
                  <strong>{t(`editing.history.operations.${entry.operation}`)}</strong>{' '}
                  {t('editing.history.version', { version: entry.version })} ·{' '}
                  <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> ·{' '}
                  {t('editing.history.by', { author: entry.author ?? t('editing.history.unknownAuthor') })}{' '}
                  {t(`editing.history.via.${entry.via}`, { defaultValue: entry.via })}
                </p>
                {changes.length === 0 ? (
                  <p>{t('editing.history.noChange')}</p>
                ) : (
                  <ul className="history-entry__changes">
                    {changes.map((change) => (
                      <li key={change.name}>
                        {t('editing.history.change', {
                          field: fieldLabel(change.name),
                          before: valueText(change.name, change.before),
                          after: valueText(change.name, change.after),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
                {!current && (
                  <button
                    type="button"
                    className="history-restore"
                    disabled={busy}
                    onClick={() => onRestore(entry)}
                  >
                    {t('editing.history.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
