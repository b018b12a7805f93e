// `/donnees` (issue 11, item 8): the open data, as a data portal gives it. Every layer of the map
// with its downloads and their sizes (GET /api/opendata), the licence, and a word on the formats
// and coordinate systems; for everyone, signed in or not. Sizes the server is still measuring (a
// first listing builds every file) come with a later listing, asked for a few seconds on.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemote } from '../planning/useRemote.ts';
import { DatasetCard } from './DatasetCard.tsx';
import { fetchOpenData } from './open-data-api.ts';
import { useOpenDataFormat } from './useOpenDataFormat.ts';
import './open-data.css';

/** How long to wait before asking again for sizes still being measured (the server's Retry-After). */
const RETRY_MS = 5_000;

export function OpenDataScreen() {
  const { t } = useTranslation();
  const format = useOpenDataFormat();
  const [round, setRound] = useState(0);
  // A new function per round: useRemote loads again.
  const load = useCallback((signal: AbortSignal) => fetchOpenData(signal), [round]);
  const list = useRemote(load);
  const measuring =
    list.data?.datasets.some((dataset) => dataset.downloads.some((download) => download.bytes === null)) ??
    false;
  useEffect(() => {
    if (list.status !== 'ready' || !measuring) return;
    const timer = setTimeout(() => setRound((previous) => previous + 1), RETRY_MS);
    return () => clearTimeout(timer);
  }, [list.status, measuring]);
  return (
    <div className="open-data">
      <div className="open-data__page">
        <h2>{t('openData.title')}</h2>
        <p className="open-data__intro">{t('openData.intro')}</p>
        <ul className="open-data__help">
          <li>{t('openData.help.formats')}</li>
          <li>{t('openData.help.crs')}</li>
          <li>
            {t('openData.help.api')} <a href="/api/opendata">/api/opendata</a>
          </li>
        </ul>
        {list.status === 'error' && (
          <p className="open-data__status open-data__status--error" role="alert">
            {t('openData.error', { detail: list.error?.message ?? '' })}
          </p>
        )}
        {list.data ? (
          <ul className="open-data__datasets" aria-label={t('openData.datasets')}>
            {list.data.datasets.map((dataset) => (
              <li key={dataset.id}>
                <DatasetCard dataset={dataset} format={format} />
              </li>
            ))}
          </ul>
        ) : (
          list.status === 'loading' && (
            <p className="open-data__status" role="status">
              {t('openData.loading')}
            </p>
          )
        )}
      </div>
    </div>
  );
}
