// The indicator the communes are coloured by, and its legend: one swatch per class with its range
// and how many communes fall in it, and how the classes were made.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choropleth } from './choropleth.ts';
import { indicatorIds, indicators, type IndicatorId } from './indicators.ts';
import { useFormatters } from './planning-format.ts';
import type { Technology } from './planning-api.ts';

export interface IndicatorPickerProps {
  value: IndicatorId;
  technology: Technology;
  choropleth: Choropleth | null;
  onChange: (indicator: IndicatorId) => void;
}

export function IndicatorPicker({ value, technology, choropleth, onChange }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const indicator = indicators[value];
  const technologyName = t(`planning.technology.${technology}`);
  return (
    <div className="indicator-picker">
      <div className="field">
        <label htmlFor={id}>{t('planning.indicator.label')}</label>
        <select
          id={id}
          value={value}
          onChange={(event) => {
            const next = indicatorIds.find((known) => known === event.currentTarget.value);
            if (next) onChange(next);
          }}
        >
          {indicatorIds.map((known) => (
            <option key={known} value={known}>
              {t(`planning.indicator.${known}`, { technology: technologyName })}
            </option>
          ))}
        </select>
      </div>
      {choropleth && (
        <>
          <ul
            className="class-legend"
            aria-label={t('planning.indicator.legend', {
              indicator: t(`planning.indicator.${value}`, { technology: technologyName }),
            })}
          >
            {choropleth.classes.map((range) => (
              <li key={`${range.from}-${range.to}`} data-from={range.from} data-to={range.to}>
                <span
                  className="class-legend__swatch"
                  style={{ backgroundColor: range.color }}
                  aria-hidden="true"
                />
                <span className="class-legend__range">
                  {t('planning.indicator.range', {
                    from: format.value(range.from, indicator.format),
                    to: format.value(range.to, indicator.format),
                  })}
                </span>
                <span className="class-legend__count">
                  {t('planning.indicator.communes', { count: range.communes })}
                </span>
              </li>
            ))}
          </ul>
          <p className="note" data-method={choropleth.method}>
            {choropleth.classes.length === 1
              ? t('planning.indicator.singleClass')
              : t(`planning.indicator.method.${choropleth.method}`, { count: choropleth.classes.length })}
          </p>
        </>
      )}
    </div>
  );
}
