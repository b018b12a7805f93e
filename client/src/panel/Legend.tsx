// A layer's legend from the catalogue: one swatch per value of legend.property. When the API can
// filter on that property, each item is a checkbox that shows or hides its value.
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { legendFilterParam } from '../legend-filters.ts';

const swatchShape = { MultiPolygon: 'area', LineString: 'line', Point: 'point' } as const;

export interface LegendProps {
  info: LayerInfo;
  /** Values shown; null for all of them. */
  selected: readonly string[] | null;
  onSelect: (layerId: string, values: string[]) => void;
}

export function Legend({ info, selected, onSelect }: LegendProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (info.legend.items.length === 0) return null;
  const filterable = legendFilterParam(info) !== null;
  const allValues = info.legend.items.map((item) => item.value);
  const shown = new Set(selected ?? allValues);
  const toggle = (value: string, on: boolean) =>
    onSelect(
      info.id,
      allValues.filter((v) => (v === value ? on : shown.has(v))),
    );
  return (
    <ul className="legend" aria-label={t('panel.legend', { layer: info.title[language] })}>
      {info.legend.items.map((item) => {
        const swatch = (
          <span
            className={`legend__swatch legend__swatch--${swatchShape[info.geometryType]}`}
            style={{ backgroundColor: item.color }}
            aria-hidden="true"
          />
        );
        return (
          <li key={item.value} className="legend__item" data-value={item.value}>
            {filterable ? (
              <label className="legend__filter">
                <input
                  type="checkbox"
                  checked={shown.has(item.value)}
                  onChange={(event) => toggle(item.value, event.currentTarget.checked)}
                />
                {swatch}
                {item.label[language]}
              </label>
            ) : (
              <>
                {swatch}
                {item.label[language]}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
