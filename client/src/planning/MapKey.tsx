// What else the Planning map shows, with switches for the optional layers: the uncovered places
// (colour by kind, size by people), the fibre rollout of the chosen year, and the white zones.
import { useTranslation } from 'react-i18next';
import { circleRadius, SCHOOL_COLOR, SETTLEMENT_COLOR } from './GapCircles.tsx';
import { useFormatters } from './planning-format.ts';
import { DEPLOYED_COLOR, PLANNED_COLOR } from './rollout-figures.ts';

/** Reference sizes of the circle legend. */
const SIZES = [500, 5_000, 25_000];

export interface MapKeyProps {
  rollout: boolean;
  whiteZones: boolean;
  year: number;
  /** For a year after the data's date: that date, which what is shown as deployed stands at. */
  deployedAt: string | null;
  onRolloutChange: (shown: boolean) => void;
  onWhiteZonesChange: (shown: boolean) => void;
}

export function MapKey({
  rollout,
  whiteZones,
  year,
  deployedAt,
  onRolloutChange,
  onWhiteZonesChange,
}: MapKeyProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const largest = circleRadius(SIZES.at(-1) ?? 0);
  return (
    <div className="map-key">
      <p className="map-key__title">{t('planning.key.places')}</p>
      <ul className="map-key__items">
        <li>
          <span className="key-dot" style={{ backgroundColor: SETTLEMENT_COLOR }} aria-hidden="true" />
          {t('planning.key.settlement')}
        </li>
        <li>
          <span className="key-dot" style={{ backgroundColor: SCHOOL_COLOR }} aria-hidden="true" />
          {t('planning.key.school')}
        </li>
      </ul>
      <ul className="map-key__sizes" aria-label={t('planning.key.sizes')}>
        {SIZES.map((people) => {
          const radius = circleRadius(people);
          return (
            <li key={people}>
              <svg width={largest * 2 + 2} height={radius * 2 + 2} aria-hidden="true">
                <circle cx={largest + 1} cy={radius + 1} r={radius} className="key-size" />
              </svg>
              {t('planning.key.people', { count: people, formatted: format.count(people) })}
            </li>
          );
        })}
      </ul>
      <label className="check">
        <input
          type="checkbox"
          checked={rollout}
          onChange={(event) => onRolloutChange(event.currentTarget.checked)}
        />
        {t('planning.key.rollout', { year })}
      </label>
      {rollout && (
        <ul className="map-key__items map-key__items--indented">
          <li>
            <span className="key-area" style={{ backgroundColor: DEPLOYED_COLOR }} aria-hidden="true" />
            {deployedAt
              ? t('planning.key.deployedAt', { date: deployedAt })
              : t('planning.key.deployed', { year })}
          </li>
          <li>
            <span
              className="key-area key-area--planned"
              style={{ backgroundColor: PLANNED_COLOR }}
              aria-hidden="true"
            />
            {t('planning.key.planned')}
          </li>
        </ul>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={whiteZones}
          onChange={(event) => onWhiteZonesChange(event.currentTarget.checked)}
        />
        {t('planning.key.whiteZones')}
      </label>
    </div>
  );
}
