// One layer as a data portal shows it: its title, the sample-data notice when it is generated,
// its feature count, date and licence, and its six downloads (GeoJSON, CSV, GeoPackage, each in
// EPSG:4326 and 3163), each link saying its format, its CRS and its size.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n.ts';
import type { Dataset } from './open-data-api.ts';
import type { OpenDataFormat } from './useOpenDataFormat.ts';

export function DatasetCard({ dataset, format }: { dataset: Dataset; format: OpenDataFormat }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const title = dataset.title[language];
  return (
    <article className="open-data__dataset" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {dataset.sample && <p className="open-data__sample">{t('openData.sample')}</p>}
      <dl className="open-data__facts">
        <div>
          <dt>{t('openData.featureCount')}</dt>
          <dd>{format.count(dataset.featureCount)}</dd>
        </div>
        <div>
          <dt>{t('openData.asOf')}</dt>
          <dd>{format.day(dataset.asOf)}</dd>
        </div>
        <div>
          <dt>{t('openData.licence')}</dt>
          <dd>
            <a href={dataset.licence.url} lang="fr">
              {dataset.licence.title[language]}
            </a>
          </dd>
        </div>
      </dl>
      {/* The columns' CRS in full: each link names its own by its code. */}
      <p className="open-data__columns" aria-hidden="true">
        {(['epsg4326', 'epsg3163'] as const).map((crs) => (
          <span key={crs}>
            {crs.replace('epsg', 'EPSG:')} · {t(`openData.crsName.${crs}`)}
          </span>
        ))}
      </p>
      <ul className="open-data__downloads" aria-label={t('openData.downloadsOf', { title })}>
        {dataset.downloads.map((download) => (
          <li key={download.url}>
            <a href={download.url} download type={download.mediaType} className="open-data__download">
              <span className="open-data__format">{t(`openData.format.${download.format}`)}</span>{' '}
              <span className="open-data__crs">{download.crs}</span>{' '}
              <span className="open-data__size">
                {download.bytes === null ? t('openData.measuring') : format.size(download.bytes)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
