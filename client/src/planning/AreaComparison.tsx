// An area's figures computed twice, side by side: in the browser with turf from every place
// (GET /api/gaps/places, fetched once), and by PostGIS (POST /api/gaps/area). They must agree.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { areaFigures, areaRequest, figuresAgree, type AreaShape } from './area-figures.ts';
import { fetchAreaFigures, fetchPlaces, type AreaFigures } from './planning-api.ts';
import { useFormatters, type Formatters } from './planning-format.ts';
import { useRemote } from './useRemote.ts';

type Row = { figure: string; value: (figures: AreaFigures, format: Formatters) => string };

const rows: Row[] = [
  { figure: 'areaKm2', value: (f, format) => format.km2(f.areaKm2) },
  { figure: 'population', value: (f, format) => format.count(f.population) },
  { figure: 'settlements', value: (f, format) => format.count(f.settlements) },
  { figure: 'tribus', value: (f, format) => format.count(f.tribus) },
  { figure: 'schools', value: (f, format) => format.count(f.schools) },
  { figure: 'pupils', value: (f, format) => format.count(f.pupils) },
  ...(['fibre', 'g4', 'mobile'] as const).map((key) => ({
    figure: key,
    value: (f: AreaFigures, format: Formatters) =>
      `${format.share(f.covered[key].share)} · ${format.count(f.covered[key].population)}`,
  })),
];

export function AreaComparison({ shape }: { shape: AreaShape }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const places = useRemote(fetchPlaces);
  const browser = useMemo(() => (places.data ? areaFigures(places.data, shape) : null), [places.data, shape]);
  const loadServer = useCallback(
    (signal: AbortSignal) => fetchAreaFigures(areaRequest(shape), signal),
    [shape],
  );
  const server = useRemote(loadServer);
  // A previous shape's answer stays while the next one loads: never show it beside new figures.
  const serverFigures = server.status === 'ready' ? server.data : null;
  const agree = browser && serverFigures ? figuresAgree(browser, serverFigures) : null;

  // A new area's figures appear below the tools: bring them into view.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => rootRef.current?.scrollIntoView({ block: 'nearest' }), [shape]);

  const cell = (figures: AreaFigures | null, status: string, row: Row) =>
    figures
      ? row.value(figures, format)
      : status === 'error'
        ? t('planning.area.failed')
        : t('planning.area.computing');

  return (
    <div className="area-comparison" ref={rootRef}>
      <table className="figures-table">
        <caption>{t('planning.area.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('planning.area.browser')}</th>
            <th scope="col">{t('planning.area.server')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figure} data-figure={row.figure}>
              <th scope="row">{t(`planning.area.figures.${row.figure}`)}</th>
              <td data-source="browser">{cell(browser, places.status, row)}</td>
              <td data-source="server">{cell(serverFigures, server.status, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('planning.area.sharesNote')}</p>
      <p
        className={`area-comparison__verdict ${agree === false ? 'is-warning' : ''}`}
        role="status"
        data-agree={agree === null ? undefined : String(agree)}
      >
        {agree === null
          ? t('planning.area.computing')
          : agree
            ? t('planning.area.agree')
            : t('planning.area.disagree')}
      </p>
    </div>
  );
}
