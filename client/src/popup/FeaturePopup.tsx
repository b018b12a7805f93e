// The popup for a picked feature of a catalogue layer: its attributes under their catalogue labels.
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { describeFeature } from './feature-attributes.ts';
import { MapPopup } from './MapPopup.tsx';
import type { PickedFeature } from './useFeaturePicking.ts';

export interface FeaturePopupProps {
  picked: PickedFeature;
  info: LayerInfo;
  /** Called with the feature whose popup closed (another may already be picked). */
  onClose: (picked: PickedFeature) => void;
}

export function FeaturePopup({ picked, info, onClose }: FeaturePopupProps) {
  const close = () => onClose(picked);
  return (
    <MapPopup lngLat={picked.lngLat} onClose={close}>
      <FeatureDetails picked={picked} info={info} onClose={close} />
    </MapPopup>
  );
}

function FeatureDetails({
  picked,
  info,
  onClose,
}: {
  picked: PickedFeature;
  info: LayerInfo;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { title, rows } = describeFeature(info, picked.properties, {
    language,
    missing: t('popup.missing'),
    commune: t('popup.commune'),
  });
  return (
    <article className="feature-details" aria-label={title}>
      <header className="feature-details__header">
        <div>
          <p className="feature-details__layer">{info.title[language]}</p>
          <h2 className="feature-details__title">{title}</h2>
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
        {rows.map((row) => (
          <div key={row.name} className="feature-details__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
