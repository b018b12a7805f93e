// What a white zone is, in its popup: the commune, its area and the people living in it.
import { useTranslation } from 'react-i18next';
import { DetailsCard } from '../popup/DetailsCard.tsx';
import { MapPopup } from '../popup/MapPopup.tsx';
import { useFormatters } from './planning-format.ts';
import type { PickedWhiteZone } from './usePlanningPicking.ts';

export function WhiteZonePopup({ zone, onClose }: { zone: PickedWhiteZone; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { communeName: commune, areaKm2: area, population } = zone.properties;
  return (
    <MapPopup lngLat={zone.lngLat} onClose={onClose}>
      <DetailsCard
        kicker={t('planning.whiteZones.layer')}
        title={commune}
        rows={[
          { key: 'area', label: t('planning.whiteZones.area'), value: format.km2(area) },
          { key: 'population', label: t('planning.whiteZones.population'), value: format.count(population) },
        ]}
        onClose={onClose}
      />
    </MapPopup>
  );
}
