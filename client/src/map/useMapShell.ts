// What every view drawing on the map needs around <MapView>: the style (offline basemap or the
// configured one), MapLibre's control strings in the reader's language, where the map looks (kept
// in the URL), and each source's loading status, to say when everything shown has drawn.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../api.ts';
import type { MapViewState, UrlState } from '../url-state.ts';
import { LABEL_SOURCE, LAND_SOURCE, offlineStyle } from './offline-basemap.ts';
import type { LayerStatus } from './useGeoJsonLayer.ts';
import type { Viewport } from './viewport.ts';

export function useMapShell(config: AppConfig, updateUrl: (change: Partial<UrlState>) => void) {
  const { t } = useTranslation();
  const offlineBasemap = config.basemapStyleUrl === null;
  const mapStyle = useMemo(() => config.basemapStyleUrl ?? offlineStyle(), [config.basemapStyleUrl]);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});

  const onStatus = useCallback((sourceId: string, status: LayerStatus) => {
    setStatuses((previous) =>
      previous[sourceId] === status ? previous : { ...previous, [sourceId]: status },
    );
  }, []);
  const onViewChange = useCallback(
    (view: MapViewState, next: Viewport) => {
      setViewport(next);
      updateUrl({ view });
    },
    [updateUrl],
  );
  const locale = useMemo(
    () => ({
      'NavigationControl.ZoomIn': t('mapControls.zoomIn'),
      'NavigationControl.ZoomOut': t('mapControls.zoomOut'),
      'NavigationControl.ResetBearing': t('mapControls.resetBearing'),
      'AttributionControl.ToggleAttribution': t('mapControls.attribution'),
      'Popup.Close': t('mapControls.closePopup'),
    }),
    [t],
  );
  /** True once the basemap and every source listed hold their first data. */
  const loaded = (sourceIds: Iterable<string>) =>
    [...(offlineBasemap ? [LAND_SOURCE, LABEL_SOURCE] : []), ...sourceIds].every(
      (id) => statuses[id] === 'loaded',
    );

  return { offlineBasemap, mapStyle, locale, viewport, statuses, onStatus, onViewChange, loaded };
}
