// What a white zone is, in its popup: the commune, its area and the people living in it.
import { useTranslation } from 'react-i18next';
import { MapPopup } from '../popup/MapPopup.tsx';
import { useFormatters } from './planning-format.ts';
import type { PickedWhiteZone } from './usePlanningPicking.ts';

export function WhiteZonePopup({ zone, onClose }: { zone: PickedWhiteZone; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { commune_name: commune, area_km2: area, population } = zone.properties;
  return (
    <MapPopup lngLat={zone.lngLat} onClose={onClose}>
      <article className="feature-details" aria-label={t('planning.whiteZones.popupTitle')}>
        <header className="feature-details__header">
          <div>
            <p className="feature-details__layer">{t('planning.whiteZones.layer')}</p>
            <h2 className="feature-details__title">{commune}</h2>
          </div>
          <button
            type="button"
            className="feature-details__close"
            aria-label={t('mapControls.closePopup')}
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <dl className="feature-details__attributes">
          <div className="feature-details__row">
            <dt>{t('planning.whiteZones.area')}</dt>
            <dd>{format.km2(area)}</dd>
          </div>
          <div className="feature-details__row">
            <dt>{t('planning.whiteZones.population')}</dt>
            <dd>{format.count(population)}</dd>
          </div>
        </dl>
      </article>
    </MapPopup>
  );
}
