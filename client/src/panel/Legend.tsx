// A layer's legend from the catalogue: one swatch per value of legend.property. When the API can
// filter on that property, each item is a checkbox that shows or hides its value. A clustered
// layer says what its numbered circles are; mobile coverage adds its levels, filters as well.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import {
  extraLegends,
  legendFilterParam,
  selectedExtraValues,
  type ExtraLegend,
  type LegendSelection,
} from '../legend-filters.ts';
import { coverageLevelOpacity, pointPresentation } from '../map/thematic-style.ts';

const swatchShape = { MultiPolygon: 'area', LineString: 'line', Point: 'point' } as const;

/** The neutral ink that shows a level's shade, whatever the technology's colour. */
const LEVEL_INK = '#3b3b3b';

export interface LegendProps {
  info: LayerInfo;
  /** Values shown; null for all of them. */
  selected: readonly string[] | null;
  /** Every legend's selection from the URL, for the extra legends. */
  legendSelection: LegendSelection | null;
  /** `key` is the layer id for its own legend, an extra legend's key for that one. */
  onSelect: (key: string, values: string[]) => void;
}

interface Entry {
  value: string;
  label: string;
  swatch: ReactNode;
}

function EntryList(props: {
  label: string;
  entries: Entry[];
  filterable: boolean;
  shown: ReadonlySet<string>;
  onToggle: (value: string, on: boolean) => void;
}) {
  const { label, entries, filterable, shown, onToggle } = props;
  return (
    <ul className="legend" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.value} className="legend__item" data-value={entry.value}>
          {filterable ? (
            <label className="legend__filter">
              <input
                type="checkbox"
                checked={shown.has(entry.value)}
                onChange={(event) => onToggle(entry.value, event.currentTarget.checked)}
              />
              {entry.swatch}
              {entry.label}
            </label>
          ) : (
            <>
              {entry.swatch}
              {entry.label}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const toggled = (all: readonly string[], shown: ReadonlySet<string>, value: string, on: boolean) =>
  all.filter((v) => (v === value ? on : shown.has(v)));

export function Legend({ info, selected, legendSelection, onSelect }: LegendProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (info.legend.items.length === 0) return null;
  const filterable = legendFilterParam(info) !== null;
  const allValues = info.legend.items.map((item) => item.value);
  const shown = new Set(selected ?? allValues);
  const shape = swatchShape[info.geometryType];
  const entries: Entry[] = info.legend.items.map((item) => ({
    value: item.value,
    label: item.label[language],
    swatch: (
      <span
        className={`legend__swatch legend__swatch--${shape}`}
        style={{ backgroundColor: item.color }}
        aria-hidden="true"
      />
    ),
  }));
  const cluster = pointPresentation[info.id]?.cluster ? pointPresentation[info.id] : undefined;
  const title = info.title[language];
  return (
    <>
      <EntryList
        label={t('panel.legend', { layer: title })}
        entries={entries}
        filterable={filterable}
        shown={shown}
        onToggle={(value, on) => onSelect(info.id, toggled(allValues, shown, value, on))}
      />
      {cluster && (
        <p className="legend__note">
          <span
            className="legend__swatch legend__swatch--cluster"
            style={{ backgroundColor: cluster.color }}
            aria-hidden="true"
          >
            12
          </span>
          {t('mapRead.cluster')}
        </p>
      )}
      {extraLegends(info).map((extra) => (
        <ExtraLegendList
          key={extra.key}
          legend={extra}
          layerTitle={title}
          selected={selectedExtraValues(extra, legendSelection)}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}

function ExtraLegendList(props: {
  legend: ExtraLegend;
  layerTitle: string;
  selected: readonly string[] | null;
  onSelect: (key: string, values: string[]) => void;
}) {
  const { legend, layerTitle, selected, onSelect } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const allValues = legend.items.map((item) => item.value);
  const shown = new Set(selected ?? allValues);
  const entries: Entry[] = legend.items.map((item) => ({
    value: item.value,
    label: item.label[language],
    swatch: (
      <span
        className="legend__swatch legend__swatch--area legend__swatch--shade"
        style={{
          backgroundColor: LEVEL_INK,
          opacity: Math.min(1, (coverageLevelOpacity[item.value] ?? 0.2) * 2),
        }}
        aria-hidden="true"
      />
    ),
  }));
  return (
    <>
      <p className="legend__caption" aria-hidden="true">
        {legend.label[language]}
      </p>
      <EntryList
        label={t('mapRead.extraLegend', { attribute: legend.label[language], layer: layerTitle })}
        entries={entries}
        filterable
        shown={shown}
        onToggle={(value, on) => onSelect(legend.key, toggled(allValues, shown, value, on))}
      />
    </>
  );
}
