// A layer's legend from the catalogue: one swatch per value of legend.property.
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';

const swatchShape = { MultiPolygon: 'area', LineString: 'line', Point: 'point' } as const;

export function Legend({ info }: { info: LayerInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (info.legend.items.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('panel.legend', { layer: info.title[language] })}>
      {info.legend.items.map((item) => (
        <li key={item.value} className="legend__item">
          <span
            className={`legend__swatch legend__swatch--${swatchShape[info.geometryType]}`}
            style={{ backgroundColor: item.color }}
            aria-hidden="true"
          />
          {item.label[language]}
        </li>
      ))}
    </ul>
  );
}
