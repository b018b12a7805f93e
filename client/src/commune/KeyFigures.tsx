// A commune's key figures (GET /api/stats/communes/:insee): who the networks reach, what is built,
// and the schools by the connection they have.
import { useTranslation } from 'react-i18next';
import { Term } from '../glossary/Term.tsx';
import { useFormatters } from '../planning/planning-format.ts';
import type { CommuneFigures } from './commune-api.ts';
import './key-figures.css';

const connections = ['fibre', 'dsl', '4g', 'satellite', 'none'] as const;

export function KeyFigures({ figures }: { figures: CommuneFigures }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const planned = figures.yearly.filter((entry) => entry.plannedPremises > 0);
  const plannedPremises = planned.reduce((sum, entry) => sum + entry.plannedPremises, 0);
  const schools = connections.reduce((sum, connection) => sum + figures.schoolsByConnection[connection], 0);
  const coverage = (key: 'fibre' | 'g4' | 'mobile') => (
    <div className="key-figure">
      <dt>
        <Term id="covered">{t(`commune.figures.${key}`)}</Term>
      </dt>
      <dd>
        <span className="key-figure__value">{format.share(figures[key].share)}</span>
        <span className="key-figure__detail">
          {t('commune.figures.people', {
            formatted: format.count(figures[key].covered),
            count: figures[key].covered,
          })}
        </span>
      </dd>
    </div>
  );
  return (
    <dl className="key-figures">
      {coverage('fibre')}
      {coverage('g4')}
      {coverage('mobile')}
      <div className="key-figure">
        <dt>
          <Term id="premisesPassed">{t('commune.figures.premisesPassed')}</Term>
        </dt>
        <dd>
          <span className="key-figure__value">{format.count(figures.premisesPassed)}</span>
          {plannedPremises > 0 && (
            <span className="key-figure__detail">
              {t('commune.figures.premisesPlanned', {
                formatted: format.count(plannedPremises),
                years: planned.map((entry) => entry.year).join(', '),
              })}
            </span>
          )}
        </dd>
      </div>
      <div className="key-figure">
        <dt>{t('commune.figures.wifi')}</dt>
        <dd>
          <span className="key-figure__value">{format.count(figures.wifiTerminalsActive)}</span>
        </dd>
      </div>
      <div className="key-figure">
        <dt>{t('commune.figures.poBoxes')}</dt>
        <dd>
          <span className="key-figure__value">{format.count(figures.poBoxes)}</span>
          <span className="key-figure__detail">
            {t('commune.figures.poBoxesPer1000', { rate: format.rate(figures.poBoxesPer1000) })}
          </span>
        </dd>
      </div>
      <div className="key-figure key-figure--wide">
        <dt>{t('commune.figures.schools', { count: schools, formatted: format.count(schools) })}</dt>
        <dd>
          <ul className="key-figure__schools">
            {connections.map((connection) => (
              <li key={connection}>
                {t('commune.figures.schoolConnection', {
                  connection: t(`commune.connection.${connection}`),
                  count: format.count(figures.schoolsByConnection[connection]),
                })}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
