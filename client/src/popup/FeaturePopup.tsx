// The popup for a picked feature. MapLibre positions it; React renders its content into the
// popup's container, so every value from the data goes in as text, never as HTML.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import * as maplibregl from 'maplibre-gl';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { useMap } from '../map/map-context.ts';
import { describeFeature } from './feature-attributes.ts';
import type { PickedFeature } from './useFeaturePicking.ts';

export interface FeaturePopupProps {
  picked: PickedFeature;
  info: LayerInfo;
  /** Called with the feature whose popup closed (another may already be picked). */
  onClose: (picked: PickedFeature) => void;
}

export function FeaturePopup({ picked, info, onClose }: FeaturePopupProps) {
  const map = useMap();
  const [container] = useState(() => document.createElement('div'));

  useEffect(() => {
    const popup = new maplibregl.Popup({ closeButton: false, maxWidth: '320px', className: 'feature-popup' })
      .setLngLat(picked.lngLat)
      .setDOMContent(container)
      .addTo(map);
    const close = () => onClose(picked);
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') popup.remove();
    };
    popup.on('close', close);
    container.addEventListener('keydown', closeOnEscape);
    return () => {
      popup.off('close', close);
      container.removeEventListener('keydown', closeOnEscape);
      popup.remove();
    };
  }, [map, container, picked, onClose]);

  return createPortal(
    <FeatureDetails picked={picked} info={info} onClose={() => onClose(picked)} />,
    container,
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
