// The layer panel: a checkbox per catalogue layer, grouped by theme, each with its legend.
// Collapsible, so a phone can give the whole screen to the map.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerGroup, LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import type { LayerStatus } from '../map/useGeoJsonLayer.ts';
import { selectedLegendValues, type LegendSelection } from '../legend-filters.ts';
import { Legend } from './Legend.tsx';

/** Infrastructure first, reference geography last. */
const groupOrder: readonly LayerGroup[] = ['fibre', 'mobile', 'postal', 'wifi', 'schools', 'reference'];

export interface LayerPanelProps {
  layers: readonly LayerInfo[];
  visible: ReadonlySet<string>;
  statuses: Readonly<Record<string, LayerStatus>>;
  onToggle: (layerId: string, visible: boolean) => void;
  /** Legend values chosen in the URL, per layer (and per extra legend, legend-filters.ts). */
  legendSelection: LegendSelection | null;
  onLegendSelect: (key: string, values: string[]) => void;
  /** Open at first? Phones start with it closed, to see the map. */
  defaultOpen: boolean;
}

export function LayerPanel(props: LayerPanelProps) {
  const { layers, visible, statuses, onToggle, legendSelection, onLegendSelect, defaultOpen } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const groups = groupOrder
    .map((group) => ({ group, layers: layers.filter((layer) => layer.group === group) }))
    .filter(({ layers: members }) => members.length > 0);

  return (
    <section className="layer-panel" aria-label={t('panel.title')}>
      <button
        type="button"
        className="layer-panel__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {open ? t('panel.hide') : t('panel.show')}
      </button>
      <div id={bodyId} className="layer-panel__body" hidden={!open}>
        {groups.map(({ group, layers: members }) => (
          <fieldset key={group} className="layer-group">
            <legend className="layer-group__title">{t(`panel.groups.${group}`)}</legend>
            <ul className="layer-group__layers">
              {members.map((info) => (
                <LayerToggle
                  key={info.id}
                  info={info}
                  checked={visible.has(info.id)}
                  status={statuses[info.id] ?? 'idle'}
                  onToggle={onToggle}
                  selected={selectedLegendValues(info, legendSelection)}
                  legendSelection={legendSelection}
                  onLegendSelect={onLegendSelect}
                />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </section>
  );
}

interface LayerToggleProps {
  info: LayerInfo;
  checked: boolean;
  status: LayerStatus;
  onToggle: (layerId: string, visible: boolean) => void;
  selected: readonly string[] | null;
  legendSelection: LegendSelection | null;
  onLegendSelect: (key: string, values: string[]) => void;
}

function LayerToggle(props: LayerToggleProps) {
  const { info, checked, status, onToggle, selected, legendSelection, onLegendSelect } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const inputId = useId();
  const shownStatus = checked ? status : 'idle';
  return (
    <li
      className="layer-toggle"
      data-layer={info.id}
      data-status={shownStatus}
      aria-busy={shownStatus === 'loading'}
    >
      <div className="layer-toggle__line">
        <input
          id={inputId}
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(info.id, event.currentTarget.checked)}
        />
        <label htmlFor={inputId}>{info.title[language]}</label>
        {/* Loading replaces the count, so the panel does not shift at every pan. */}
        <span className="layer-toggle__count">
          {shownStatus === 'loading'
            ? t('panel.loading')
            : t('panel.featureCount', { count: info.featureCount })}
        </span>
      </div>
      {shownStatus === 'error' && (
        <p className="layer-toggle__status" role="alert">
          {t('panel.error')}
        </p>
      )}
      {checked && (
        <Legend info={info} selected={selected} legendSelection={legendSelection} onSelect={onLegendSelect} />
      )}
    </li>
  );
}
