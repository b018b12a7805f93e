// A commune's key figures (GET /api/stats/communes/:insee): who the networks reach, what is built,
// the fibre rollout year by year (planned beside deployed, what is overdue at the as-of date in a
// warning colour) and the schools by the connection they have.
import { useTranslation } from 'react-i18next';
import { Term } from '../glossary/Term.tsx';
import { useFormatters } from '../planning/planning-format.ts';
import {
  DEPLOYED_COLOR,
  OVERDUE_COLOR,
  PLANNED_COLOR,
  rolloutTotals,
  rolloutYears,
  tallestBar,
} from '../planning/rollout-figures.ts';
import { RolloutTable } from '../planning/RolloutTable.tsx';
import type { CommuneFigures, Day } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import './key-figures.css';

const connections = ['fibre', 'dsl', '4g', 'satellite', 'none'] as const;

export interface KeyFiguresProps {
  figures: CommuneFigures;
  /** The date the data stands at (GET /api/config asOf): what is overdue is counted at it. */
  asOf: Day;
}

export function KeyFigures({ figures, asOf }: KeyFiguresProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dates = useCommuneFormat();
  const rollout = rolloutTotals(figures.yearly);
  const years = rolloutYears(figures.yearly);
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
          {rollout.notDeployed > 0 && (
            <span className="key-figure__detail">
              {t(
                rollout.overdue > 0
                  ? 'commune.figures.premisesToComeOverdue'
                  : 'commune.figures.premisesToCome',
                {
                  formatted: format.count(rollout.notDeployed),
                  overdue: format.count(rollout.overdue),
                },
              )}
            </span>
          )}
        </dd>
      </div>
      {years.length > 0 && (
        <div className="key-figure key-figure--wide">
          <dt>{t('commune.figures.rollout')}</dt>
          <dd>
            <RolloutYears
              years={years}
              overdueLabel={t('commune.figures.overdue', { date: dates.longDay(asOf) })}
            />
          </dd>
        </div>
      )}
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

type RolloutYear = CommuneFigures['yearly'][number];

const share = (value: number, max: number) => `${((value / Math.max(max, 1)) * 100).toFixed(2)}%`;

/**
 * One line per year: the premises planned for it above those deployed in it, with those planned and
 * overdue at the as-of date after them, as bars on one scale. A table says the same to screen readers.
 */
function RolloutYears({ years, overdueLabel }: { years: readonly RolloutYear[]; overdueLabel: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const max = tallestBar(years);
  const planned = t('commune.figures.planned');
  const deployed = t('commune.figures.deployed');
  const overdue = years.some((entry) => entry.overduePremises > 0);
  return (
    <figure className="rollout-years">
      <ul className="rollout-years__key" aria-hidden="true">
        <li>
          <span className="rollout-years__swatch" style={{ backgroundColor: PLANNED_COLOR }} />
          {planned}
        </li>
        <li>
          <span className="rollout-years__swatch" style={{ backgroundColor: DEPLOYED_COLOR }} />
          {deployed}
        </li>
        {overdue && (
          <li>
            <span className="rollout-years__swatch" style={{ backgroundColor: OVERDUE_COLOR }} />
            {overdueLabel}
          </li>
        )}
      </ul>
      <ol className="rollout-years__rows" aria-hidden="true">
        {years.map((entry) => (
          <li key={entry.year} className="rollout-years__row">
            <span className="rollout-years__year">{entry.year}</span>
            <span className="rollout-years__bars">
              <span className="rollout-years__track">
                <span
                  className="rollout-years__bar"
                  style={{ width: share(entry.plannedPremises, max), backgroundColor: PLANNED_COLOR }}
                />
              </span>
              <span className="rollout-years__track">
                <span
                  className="rollout-years__bar"
                  style={{ width: share(entry.deployedPremises, max), backgroundColor: DEPLOYED_COLOR }}
                />
                <span
                  className="rollout-years__bar"
                  style={{ width: share(entry.overduePremises, max), backgroundColor: OVERDUE_COLOR }}
                />
              </span>
            </span>
            <span className="rollout-years__figures">
              {format.count(entry.plannedPremises)} / {format.count(entry.deployedPremises)}
              {entry.overduePremises > 0 && (
                <span className="rollout-years__overdue"> · {format.count(entry.overduePremises)}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <RolloutTable
        caption={t('commune.figures.rollout')}
        yearly={years}
        headings={{ year: t('commune.figures.year'), planned, deployed, overdue: overdueLabel }}
      />
    </figure>
  );
}
