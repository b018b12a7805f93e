// The dry run's preview on a map of its own, with its key: what will be added, changed (old and
// new shapes) and rejected, the map fitted to them. The basemap is the app's (offline unless one
// is configured); where the map looks is not written in the URL, the page has nothing to share.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bbox } from '@turf/turf';
import type { AppConfig, CommuneSummary, LayerData } from '../api.ts';
import { BasemapLand, CommuneLabels } from '../map/BasemapLayers.tsx';
import { FlyTo, type FlyTarget } from '../map/FlyTo.tsx';
import { MapView } from '../map/MapView.tsx';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import { useMapShell } from '../map/useMapShell.ts';
import type { Viewport } from '../map/viewport.ts';
import type { ImportReport } from './import-api.ts';
import { PREVIEW_CHANGES, PREVIEW_SOURCE, previewColors, previewLayers } from './preview-style.ts';

const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };
/** The preview comes whole with the report: any view holds it all. */
const ANY_VIEW: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };
const noUrl = () => {};

function PreviewFeatures({
  preview,
  dataKey,
  onStatus,
}: {
  preview: LayerData;
  dataKey: string;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}) {
  const map = useMap();
  const load = useCallback(async () => preview, [preview]);
  const report = useCallback((status: LayerStatus) => onStatus(PREVIEW_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: PREVIEW_SOURCE,
    layers: previewLayers,
    visible: true,
    viewport: ANY_VIEW,
    load,
    dataKey,
    tolerance: 0,
    // Over the basemap's names: the features are what the preview is for (a name under a dot can
    // still be read around it, a dot under a name cannot be seen).
    onStatus: report,
  });
  return null;
}

export interface ImportPreviewMapProps {
  config: AppConfig;
  communes: readonly CommuneSummary[];
  report: ImportReport;
  /** Changes with each report shown, to draw it again. */
  reportKey: string;
}

export function ImportPreviewMap({ config, communes, report, reportKey }: ImportPreviewMapProps) {
  const { t } = useTranslation();
  const shell = useMapShell(config, noUrl);
  const preview = report.preview as LayerData;
  const target = useMemo<FlyTarget | null>(() => {
    if (preview.features.length === 0) return null;
    const [west, south, east, north] = bbox(preview);
    return [west, south, east, north].every(Number.isFinite) ? { bounds: [west, south, east, north] } : null;
  }, [preview]);
  return (
    <section className="import-step import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="import-step__title">
        {t('import.preview.title')}
      </h2>
      <div className="import-preview__map">
        <MapView
          mapStyle={shell.mapStyle}
          view={null}
          locale={shell.locale}
          label={t('import.preview.mapLabel')}
          fitPadding={FIT_PADDING}
          dataLoaded={shell.loaded([PREVIEW_SOURCE])}
          onViewChange={shell.onViewChange}
        >
          {shell.offlineBasemap && <BasemapLand viewport={shell.viewport} onStatus={shell.onStatus} />}
          {shell.offlineBasemap && <CommuneLabels communes={communes} onStatus={shell.onStatus} />}
          <PreviewFeatures preview={preview} dataKey={reportKey} onStatus={shell.onStatus} />
          <FlyTo target={target} />
        </MapView>
      </div>
      <ul className="import-preview__key" aria-label={t('import.preview.key')}>
        {PREVIEW_CHANGES.map((change) => (
          <li key={change}>
            <span
              className={`import-preview__swatch import-preview__swatch--${change}`}
              aria-hidden="true"
              style={{
                borderColor: previewColors[change],
                background: change === 'before' ? 'transparent' : previewColors[change],
              }}
            />
            {t(`import.preview.changes.${change}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
