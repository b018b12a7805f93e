// Area analysis controls: draw a polygon, or pick a centre (on the map, or the map's centre for
// keyboard users) and a radius in km; then the figures of what lies inside, browser beside server.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaComparison } from './AreaComparison.tsx';
import type { AreaShape } from './area-figures.ts';
import type { DrawMode } from './AreaDrawing.tsx';

/** The radius the server accepts at most (500 km), and a tenth of a kilometre at least. */
const MIN_KM = 0.1;
const MAX_KM = 500;

export interface AreaAnalysisProps {
  mode: DrawMode;
  onModeChange: (mode: DrawMode) => void;
  radiusKm: number;
  onRadiusKmChange: (km: number) => void;
  shape: AreaShape | null;
  onUseMapCentre: () => void;
  onClear: () => void;
}

export function AreaAnalysis(props: AreaAnalysisProps) {
  const { mode, onModeChange, radiusKm, onRadiusKmChange, shape, onUseMapCentre, onClear } = props;
  const { t } = useTranslation();
  const radiusId = useId();
  const [radiusText, setRadiusText] = useState(String(radiusKm));
  useEffect(() => setRadiusText(String(radiusKm)), [radiusKm]);
  const toggle = (wanted: DrawMode) => onModeChange(mode === wanted ? 'off' : wanted);

  return (
    <div className="area-analysis">
      <div className="button-row" role="group" aria-label={t('planning.area.tools')}>
        <button type="button" aria-pressed={mode === 'polygon'} onClick={() => toggle('polygon')}>
          {t('planning.area.drawPolygon')}
        </button>
        <button type="button" aria-pressed={mode === 'point'} onClick={() => toggle('point')}>
          {t('planning.area.pickCentre')}
        </button>
        <button type="button" onClick={onUseMapCentre}>
          {t('planning.area.mapCentre')}
        </button>
      </div>
      <div className="field field--inline">
        <label htmlFor={radiusId}>{t('planning.area.radius')}</label>
        <input
          id={radiusId}
          type="number"
          inputMode="decimal"
          min={MIN_KM}
          max={MAX_KM}
          step={0.1}
          value={radiusText}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setRadiusText(text);
            const km = Number(text);
            if (text !== '' && Number.isFinite(km) && km >= MIN_KM && km <= MAX_KM) onRadiusKmChange(km);
          }}
        />
      </div>
      <p className="note" aria-live="polite">
        {mode === 'polygon'
          ? t('planning.area.polygonHelp')
          : mode === 'point'
            ? t('planning.area.pointHelp')
            : shape
              ? t(shape.kind === 'circle' ? 'planning.area.circleShown' : 'planning.area.polygonShown', {
                  radius: radiusKm,
                })
              : t('planning.area.help')}
      </p>
      {shape && (
        <>
          <AreaComparison shape={shape} />
          <button type="button" className="button-secondary" onClick={onClear}>
            {t('planning.area.clear')}
          </button>
        </>
      )}
    </div>
  );
}
