// The fibre rollout year by year (GET /api/stats/communes, territory): side by side for each year,
// the premises planned for it (deployed or not) and those deployed in it, with the premises planned
// for it and still not deployed at the as-of date stacked on the deployed ones in a warning colour;
// the chosen year in full colour and outlined. Observable Plot draws the SVG into a div this
// component owns; a visually hidden table gives the figures to screen readers, and the SVG itself is
// hidden from them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Plot from '@observablehq/plot';
import { useCommuneFormat } from '../commune/commune-format.ts';
import type { RolloutYear } from './planning-api.ts';
import { useFormatters } from './planning-format.ts';
import { DEPLOYED_COLOR, OVERDUE_COLOR, PLANNED_COLOR } from './rollout-figures.ts';
import { RolloutTable } from './RolloutTable.tsx';

const HEIGHT = 190;

/** The two bars of a year, and the three series they are made of. */
const BARS = ['planned', 'actual'] as const;
const SERIES = ['planned', 'deployed', 'overdue'] as const;

interface Row {
  year: number;
  bar: (typeof BARS)[number];
  series: (typeof SERIES)[number];
  premises: number;
}

export interface RolloutChartProps {
  yearly: readonly RolloutYear[];
  year: number;
  /** The date the data stands at (GET /api/config asOf): what is overdue is counted at it. */
  asOf: string;
}

export function RolloutChart({ yearly, year, asOf }: RolloutChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dates = useCommuneFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const overdueLabel = t('planning.rollout.overduePremises', { date: dates.longDay(asOf) });

  useEffect(() => {
    const node = chartRef.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const node = chartRef.current;
    if (!node || width === 0) return;
    // Deployed first, overdue on top of it: together they stand beside what was planned.
    const rows: Row[] = yearly.flatMap((entry) => [
      { year: entry.year, bar: 'planned', series: 'planned', premises: entry.plannedPremises },
      { year: entry.year, bar: 'actual', series: 'deployed', premises: entry.deployedPremises },
      { year: entry.year, bar: 'actual', series: 'overdue', premises: entry.overduePremises },
    ]);
    const chosen = yearly
      .filter((entry) => entry.year === year)
      .flatMap((entry) => [
        { year: entry.year, bar: 'planned', premises: entry.plannedPremises },
        { year: entry.year, bar: 'actual', premises: entry.deployedPremises + entry.overduePremises },
      ]);
    const chart = Plot.plot({
      width,
      height: HEIGHT,
      marginLeft: 56,
      marginTop: 12,
      style: { fontSize: '11px', background: 'transparent' },
      fx: {
        label: null,
        axis: 'bottom',
        padding: 0.15,
        // Every fifth year and the chosen one, without two labels side by side.
        tickFormat: (value: number) =>
          value === year || (value % 5 === 0 && Math.abs(value - year) > 1) ? String(value) : '',
      },
      x: { axis: null, domain: [...BARS], padding: 0.05 },
      y: { label: null, grid: true, tickFormat: (value: number) => format.count(value) },
      color: { domain: [...SERIES], range: [PLANNED_COLOR, DEPLOYED_COLOR, OVERDUE_COLOR] },
      marks: [
        Plot.barY(rows, {
          fx: 'year',
          x: 'bar',
          y: 'premises',
          fill: 'series',
          // What is overdue stays in full colour whatever the year chosen: it is the warning.
          fillOpacity: (row: Row) => (row.year === year || row.series === 'overdue' ? 1 : 0.4),
        }),
        Plot.barY(chosen, {
          fx: 'year',
          x: 'bar',
          y: 'premises',
          fill: 'none',
          stroke: '#1f2933',
          strokeWidth: 1.5,
        }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [yearly, year, width, format]);

  return (
    <figure className="rollout-chart">
      <figcaption>{t('planning.rollout.chartTitle')}</figcaption>
      <ul className="chart-key" aria-hidden="true">
        <li>
          <span className="key-area" style={{ backgroundColor: PLANNED_COLOR }} />
          {t('planning.rollout.plannedPremises')}
        </li>
        <li>
          <span className="key-area" style={{ backgroundColor: DEPLOYED_COLOR }} />
          {t('planning.rollout.deployedPremises')}
        </li>
        <li>
          <span className="key-area" style={{ backgroundColor: OVERDUE_COLOR }} />
          {overdueLabel}
        </li>
      </ul>
      <div ref={chartRef} className="rollout-chart__plot" />
      <RolloutTable
        caption={t('planning.rollout.chartTitle')}
        yearly={yearly}
        current={year}
        headings={{
          year: t('planning.rollout.yearColumn'),
          planned: t('planning.rollout.plannedPremises'),
          deployed: t('planning.rollout.deployedPremises'),
          overdue: overdueLabel,
        }}
      />
    </figure>
  );
}
