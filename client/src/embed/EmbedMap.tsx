// The embed's page once its link is understood: the map framed on the commune with the chosen
// layers and the commune's name over it; under it a small legend, one line per layer, and a footer
// saying what the data is (sample, as of when), where it comes from, and a link to the full map in
// a new tab. Read-only:
// no editing, no sign-in, no account.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary, Language, LayerInfo } from '../api.ts';
import { useCommuneFormat } from '../commune/commune-format.ts';
import { OUTLINE_SOURCE } from '../commune/project-style.ts';
import { MapView } from '../map/MapView.tsx';
import { useMapShell } from '../map/useMapShell.ts';
import { useRemote } from '../planning/useRemote.ts';
import type { MapViewState, UrlState } from '../url-state.ts';
import { fetchEmbedOutline, type EmbedData } from './embed-api.ts';
import { fullMapUrl } from './embed-links.ts';
import { EmbedLayers } from './EmbedLayers.tsx';
import { EmbedLegend } from './EmbedLegend.tsx';

const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };

/** The notice for the layers shown: all sample, some (named), or none. */
function sampleNotice(
  t: (key: string, options?: Record<string, string>) => string,
  layers: readonly LayerInfo[],
  sampleIds: readonly string[],
  language: Language,
): string | null {
  const located = layers.filter((info) => info.group !== 'reference');
  const sample = located.filter((info) => sampleIds.includes(info.id));
  if (sample.length === 0) return null;
  if (sample.length === located.length) return t('notice.sampleData');
  return t('notice.sampleLayers', { layers: sample.map((info) => info.title[language]).join(', ') });
}

export interface EmbedMapProps {
  data: EmbedData;
  commune: CommuneSummary;
  layers: readonly LayerInfo[];
  lang: Language;
}

export function EmbedMap({ data, commune, layers, lang }: EmbedMapProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const [view, setView] = useState<MapViewState | null>(null);
  // The frame's view is never written to its address: the link the website pasted stays as it is.
  const followView = useCallback((change: Partial<UrlState>) => setView(change.view ?? null), []);
  const shell = useMapShell(data.config, followView);
  const { insee } = commune;
  const outline = useRemote(useCallback((signal: AbortSignal) => fetchEmbedOutline(insee, signal), [insee]));
  const ids = useMemo(() => layers.map((info) => info.id), [layers]);
  const failed = layers.filter((info) => shell.statuses[info.id] === 'error');
  const problem = outline.error
    ? t('embed.loadError', { detail: outline.error.message })
    : failed.length > 0
      ? t('embed.layersFailed', { layers: failed.map((info) => info.title[lang]).join(', ') })
      : null;

  const notices = [
    sampleNotice(t, layers, data.config.sampleLayers, lang),
    t('notice.asOf', { date: format.longDay(data.config.asOf) }),
    commune.boundarySource === 'approximate' ? t('notice.approximateBoundaries') : null,
  ].filter((notice): notice is string => notice !== null);

  return (
    <div className="embed">
      <div className="embed__map">
        <MapView
          mapStyle={shell.mapStyle}
          view={null}
          locale={shell.locale}
          label={t('embed.mapLabel', { name: commune.name })}
          fitPadding={FIT_PADDING}
          dataLoaded={shell.loaded([...ids, OUTLINE_SOURCE])}
          onViewChange={shell.onViewChange}
        >
          <EmbedLayers
            commune={commune}
            layers={layers}
            communes={data.communes}
            outline={outline.data}
            offlineBasemap={shell.offlineBasemap}
            viewport={shell.viewport}
            onStatus={shell.onStatus}
          />
        </MapView>
        <h1 className="embed__title">{commune.name}</h1>
        {problem && (
          <p className="embed__error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <section className="embed__legend" aria-label={t('embed.legend')}>
        <EmbedLegend layers={layers} />
      </section>
      <footer className="embed__footer">
        <div className="embed__notice" role="note" aria-label={t('notice.label')}>
          {notices.map((notice) => (
            <span key={notice}>{notice}</span>
          ))}
        </div>
        <p className="embed__attribution">{t('embed.attribution')}</p>
        <a
          className="embed__full-map"
          href={fullMapUrl(window.location.origin, ids, lang, view)}
          target="_blank"
          rel="noopener"
        >
          {t('embed.openFullMap')}
        </a>
      </footer>
    </div>
  );
}
