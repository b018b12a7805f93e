// The popup for a picked feature of a catalogue layer: its attributes under their catalogue labels.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { DetailsCard } from './DetailsCard.tsx';
import { describeFeature } from './feature-attributes.ts';
import { MapPopup } from './MapPopup.tsx';
import type { PickedFeature } from './useFeaturePicking.ts';

export interface FeaturePopupProps {
  picked: PickedFeature;
  info: LayerInfo;
  /** Called with the feature whose popup closed (another may already be picked). */
  onClose: (picked: PickedFeature) => void;
  /** Buttons under the details (e.g. "Modifier" for a planner). */
  actions?: ReactNode;
}

export function FeaturePopup({ picked, info, onClose, actions }: FeaturePopupProps) {
  const close = () => onClose(picked);
  return (
    <MapPopup lngLat={picked.lngLat} onClose={close}>
      <FeatureDetails picked={picked} info={info} onClose={close} actions={actions} />
    </MapPopup>
  );
}

function FeatureDetails({
  picked,
  info,
  onClose,
  actions,
}: {
  picked: PickedFeature;
  info: LayerInfo;
  onClose: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { title, rows } = describeFeature(info, picked.properties, {
    language,
    missing: t('popup.missing'),
    commune: t('popup.commune'),
  });
  return (
    <DetailsCard
      kicker={info.title[language]}
      title={title}
      rows={rows.map((row) => ({ key: row.name, label: row.label, value: row.value }))}
      onClose={onClose}
    >
      {actions}
    </DetailsCard>
  );
}
