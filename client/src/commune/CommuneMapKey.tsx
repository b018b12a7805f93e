// The key of a commune's map: projects by status, the pairs to coordinate, the project chosen, the
// commune's boundary and the faded infrastructure under it all.
import { useTranslation } from 'react-i18next';
import { projectStatuses } from './commune-api.ts';
import { PAIR_COLOR, SELECTED_COLOR, statusColors } from './project-style.ts';
import { useProjectWords } from './project-words.ts';
import './map-key.css';

/** Closed at first: open, it would hide part of the commune; the panel's badges name the colours too. */
export function CommuneMapKey() {
  const { t } = useTranslation();
  return (
    <details className="commune-map-key">
      <summary>{t('commune.mapKey.title')}</summary>
      <MapKeyItems />
    </details>
  );
}

/** The key's entries, also printed beside the picture of the map. */
export function MapKeyItems() {
  const { t } = useTranslation();
  const words = useProjectWords();
  return (
    <ul className="map-key-items">
      {projectStatuses.map((status) => (
        <li key={status}>
          <span className="commune-map-key__swatch" style={{ backgroundColor: statusColors[status] }} />
          {words.status(status)}
        </li>
      ))}
      <li>
        <span className="commune-map-key__ring" style={{ borderColor: SELECTED_COLOR }} />
        {t('commune.mapKey.selected')}
      </li>
      <li>
        <span className="commune-map-key__link" style={{ borderColor: PAIR_COLOR }} />
        {t('commune.mapKey.pairs')}
      </li>
      <li>
        <span className="commune-map-key__boundary" />
        {t('commune.mapKey.boundary')}
      </li>
      <li>
        <span className="commune-map-key__faded" />
        {t('commune.mapKey.infrastructure')}
      </li>
    </ul>
  );
}
