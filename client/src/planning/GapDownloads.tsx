// The ranked gaps as files for a meeting: CSV and GeoJSON, straight from the API, which names them.
import { useTranslation } from 'react-i18next';
import { gapsDownloadUrl, type Technology } from './planning-api.ts';

export function GapDownloads({ technology, commune }: { technology: Technology; commune: string | null }) {
  const { t } = useTranslation();
  return (
    <p className="gap-downloads">
      <span>{t('planning.downloads.label')}</span>
      <a className="button-link" href={gapsDownloadUrl(technology, commune, 'csv')} download>
        {t('planning.downloads.csv')}
      </a>
      <a className="button-link" href={gapsDownloadUrl(technology, commune, 'geojson')} download>
        {t('planning.downloads.geojson')}
      </a>
    </p>
  );
}
