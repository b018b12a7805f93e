// Fibre | 4G | any mobile: the network gaps are measured against, as a segmented control made of
// native radio buttons (arrow keys move between them).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { technologies, type Technology } from './planning-api.ts';

export function TechnologySwitch({
  value,
  onChange,
}: {
  value: Technology;
  onChange: (value: Technology) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('planning.technology.label')}</legend>
      <div className="segmented__options">
        {technologies.map((technology) => (
          <label key={technology} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={technology}
              checked={technology === value}
              onChange={() => onChange(technology)}
            />
            <span>{t(`planning.technology.${technology}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
