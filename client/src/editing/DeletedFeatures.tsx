// For a planner, under the editing toolbar: the features of a layer deleted and not restored
// since (who deleted them, when), each with "Restaurer", which brings it back as a new recorded
// change and opens it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import { EditError, fetchDeleted, restoreDeleted, type DeletedFeature } from './edit-api.ts';

export interface DeletedFeaturesProps {
  layer: string;
  layerTitle: string;
  onRestored: (layer: string, featureId: number) => void;
}

const nameOf = (entry: DeletedFeature) => {
  const properties = entry.feature?.properties ?? {};
  const name = properties.name ?? properties.siteName;
  return typeof name === 'string' ? name : null;
};

export function DeletedFeatures({ layer, layerTitle, onRestored }: DeletedFeaturesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<DeletedFeature[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    if (!open) return;
    let current = true;
    setEntries(null);
    setError(null);
    fetchDeleted(layer)
      .then((list) => current && setEntries(list))
      .catch((err: unknown) => current && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      current = false;
    };
  }, [open, layer]);

  const restore = async (entry: DeletedFeature) => {
    setBusy(entry.featureId);
    setError(null);
    try {
      await restoreDeleted(layer, entry.featureId, entry.historyId);
      setEntries((list) => list?.filter((e) => e.featureId !== entry.featureId) ?? null);
      onRestored(layer, entry.featureId);
    } catch (err) {
      setError(err instanceof EditError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="deleted-features" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('editing.deleted.title', { layer: layerTitle })}</summary>
      {error && (
        <p className="deleted-features__error" role="alert">
          {error}
        </p>
      )}
      {open && !entries && !error && <p>{t('editing.loading')}</p>}
      {entries?.length === 0 && <p>{t('editing.deleted.none')}</p>}
      {entries && entries.length > 0 && (
        <ul className="deleted-features__list">
          {entries.map((entry) => (
            <li key={entry.featureId} className="deleted-feature">
              <span className="deleted-feature__name">
                {nameOf(entry) ?? t('editing.deleted.number', { id: entry.featureId })}
              </span>
              <span className="deleted-feature__when">
                {t('editing.deleted.by', {
                  when: when.format(new Date(entry.at)),
                  who: entry.author ?? t('editing.deleted.unknownAuthor'),
                })}
              </span>
              <button
                type="button"
                className="deleted-feature__restore"
                disabled={busy !== null}
                onClick={() => void restore(entry)}
              >
                {t('editing.deleted.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
