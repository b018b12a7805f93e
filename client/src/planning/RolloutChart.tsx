// The fibre rollout year by year (GET /api/stats/communes, territory): premises deployed each
// year and premises planned for it, stacked, the chosen year in full colour and outlined. Observable
// Plot draws the SVG into a div this component owns; a visually hidden table gives the figures to
// screen readers, and the SVG itself is hidden from them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Plot from '@observablehq/plot';
import type { RolloutYear } from './planning-api.ts';
import { useFormatters } from './planning-format.ts';
import { DEPLOYED_COLOR, PLANNED_COLOR } from './RolloutLayer.tsx';

const HEIGHT = 190;

export function RolloutChart({ yearly, year }: { yearly: readonly RolloutYear[]; year: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chartRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

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
    const deployed = t('planning.rollout.deployedPremises');
    const planned = t('planning.rollout.plannedPremises');
    const rows = yearly.flatMap((entry) => [
      { year: entry.year, series: deployed, premises: entry.deployedPremises },
      { year: entry.year, series: planned, premises: entry.plannedPremises },
    ]);
    const chosen = yearly.filter((entry) => entry.year === year);
    const chart = Plot.plot({
      width,
      height: HEIGHT,
      marginLeft: 56,
      marginTop: 12,
      style: { fontSize: '11px', background: 'transparent' },
      x: {
        type: 'band',
        label: null,
        // Every fifth year and the chosen one, without two labels side by side.
        tickFormat: (value: number) =>
          value === year || (value % 5 === 0 && Math.abs(value - year) > 1) ? String(value) : '',
      },
      y: { label: null, grid: true, tickFormat: (value: number) => format.count(value) },
      color: { domain: [deployed, planned], range: [DEPLOYED_COLOR, PLANNED_COLOR] },
      marks: [
        Plot.barY(rows, {
          x: 'year',
          y: 'premises',
          fill: 'series',
          fillOpacity: (row: { year: number }) => (row.year === year ? 1 : 0.4),
          inset: 1,
        }),
        Plot.barY(chosen, {
          x: 'year',
          y: (entry: RolloutYear) => entry.deployedPremises + entry.plannedPremises,
          fill: 'none',
          stroke: '#1f2933',
          strokeWidth: 2,
        }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [yearly, year, width, t, format]);

  return (
    <figure className="rollout-chart">
      <figcaption>{t('planning.rollout.chartTitle')}</figcaption>
      <ul className="chart-key" aria-hidden="true">
        <li>
          <span className="key-area" style={{ backgroundColor: DEPLOYED_COLOR }} />
          {t('planning.rollout.deployedPremises')}
        </li>
        <li>
          <span className="key-area" style={{ backgroundColor: PLANNED_COLOR }} />
          {t('planning.rollout.plannedPremises')}
        </li>
      </ul>
      <div ref={chartRef} className="rollout-chart__plot" />
      <table className="visually-hidden">
        <caption>{t('planning.rollout.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.rollout.yearColumn')}</th>
            <th scope="col">{t('planning.rollout.deployedPremises')}</th>
            <th scope="col">{t('planning.rollout.plannedPremises')}</th>
          </tr>
        </thead>
        <tbody>
          {yearly.map((entry) => (
            <tr key={entry.year} aria-current={entry.year === year ? 'true' : undefined}>
              <th scope="row">{entry.year}</th>
              <td>{format.count(entry.deployedPremises)}</td>
              <td>{format.count(entry.plannedPremises)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
