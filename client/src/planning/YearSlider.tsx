// The year the fibre rollout is shown at (its end, 31 December), as a native range input: arrow
// keys, Page Up/Down, Home/End, and a screen reader says the year through aria-valuetext.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface YearSliderProps {
  year: number;
  min: number;
  max: number;
  onChange: (year: number) => void;
}

export function YearSlider({ year, min, max, onChange }: YearSliderProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="year-slider">
      <label htmlFor={id}>{t('planning.rollout.year')}</label>
      <div className="year-slider__control">
        <span aria-hidden="true">{min}</span>
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={year}
          aria-valuetext={t('planning.rollout.yearValue', { year })}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <span aria-hidden="true">{max}</span>
      </div>
      <output htmlFor={id} className="year-slider__value">
        {t('planning.rollout.yearValue', { year })}
      </output>
    </div>
  );
}
