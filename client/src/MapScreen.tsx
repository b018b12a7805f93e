// The map screen once the catalogue is loaded: ties the URL state (view, layers, language)
// to the map, the layer panel and the header, and says when every visible layer has drawn.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LayerInfo } from './api.ts';
import type { AppData } from './app-data.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { MapLayers } from './map/MapLayers.tsx';
import { MapView } from './map/MapView.tsx';
import { LABEL_SOURCE, LAND_SOURCE, offlineStyle } from './map/offline-basemap.ts';
import type { LayerStatus } from './map/useGeoJsonLayer.ts';
import type { Viewport } from './map/viewport.ts';
import { LayerPanel } from './panel/LayerPanel.tsx';
import type { PickedFeature } from './popup/useFeaturePicking.ts';
import type { MapViewState, UrlState } from './url-state.ts';

/** Shown unless a link says otherwise; the two busiest layers wait to be asked for. */
const hiddenByDefault = new Set(['settlements', 'mobile-coverage']);

/** Phones get the map first: the panel starts closed and the territory fills the screen. */
const narrowScreen = () => window.matchMedia('(max-width: 640px)').matches;
/** The open panel is 20rem wide at the left of the map: keep the territory clear of it. */
const PANEL_CLEARANCE_PX = 340;

function visibleLayerIds(layers: readonly LayerInfo[], fromUrl: string[] | null): Set<string> {
  if (fromUrl === null)
    return new Set(layers.filter((info) => !hiddenByDefault.has(info.id)).map((info) => info.id));
  const known = new Set(layers.map((info) => info.id));
  return new Set(fromUrl.filter((id) => known.has(id)));
}

export interface MapScreenProps {
  data: AppData;
  url: UrlState;
  updateUrl: (change: Partial<UrlState>) => void;
}

export function MapScreen({ data, url, updateUrl }: MapScreenProps) {
  const { t } = useTranslation();
  const { config, layers, communes } = data;
  const offlineBasemap = config.basemapStyleUrl === null;
  const mapStyle = useMemo(() => config.basemapStyleUrl ?? offlineStyle(), [config.basemapStyleUrl]);
  const visible = useMemo(() => visibleLayerIds(layers, url.layers), [layers, url.layers]);

  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});
  const [picked, setPicked] = useState<PickedFeature | null>(null);
  const [panelOpenAtStart] = useState(() => !narrowScreen());
  const fitPadding = useMemo(
    () => ({ top: 24, right: 24, bottom: 24, left: panelOpenAtStart ? PANEL_CLEARANCE_PX : 24 }),
    [panelOpenAtStart],
  );

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
  const onToggle = useCallback(
    (layerId: string, show: boolean) => {
      const ids = layers.map((info) => info.id).filter((id) => (id === layerId ? show : visible.has(id)));
      updateUrl({ layers: ids });
    },
    [layers, visible, updateUrl],
  );
  const onLegendSelect = useCallback(
    (layerId: string, values: string[]) => updateUrl({ filters: { ...url.filters, [layerId]: values } }),
    [url.filters, updateUrl],
  );
  const onPopupClose = useCallback((closed: PickedFeature) => {
    setPicked((current) => (current === closed ? null : current));
  }, []);
  const onLanguageChange = useCallback((lang: Language) => updateUrl({ lang }), [updateUrl]);

  const basemapSources = offlineBasemap ? [LAND_SOURCE, LABEL_SOURCE] : [];
  const dataLoaded = [...basemapSources, ...visible].every((id) => statuses[id] === 'loaded');
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

  return (
    <div className="app">
      <AppHeader
        notice={{
          sampleData: config.sampleData,
          approximateBoundaries: communes.some((commune) => commune.boundarySource === 'approximate'),
        }}
        onLanguageChange={onLanguageChange}
      />
      <main className="app-main">
        <MapView
          mapStyle={mapStyle}
          view={url.view}
          locale={locale}
          label={t('app.mapLabel')}
          fitPadding={fitPadding}
          dataLoaded={dataLoaded}
          onViewChange={onViewChange}
        >
          <MapLayers
            layers={layers}
            visible={visible}
            legendSelection={url.filters}
            viewport={viewport}
            communes={communes}
            offlineBasemap={offlineBasemap}
            onStatus={onStatus}
            picked={picked}
            onPick={setPicked}
            onPopupClose={onPopupClose}
          />
        </MapView>
        <LayerPanel
          layers={layers}
          visible={visible}
          statuses={statuses}
          onToggle={onToggle}
          legendSelection={url.filters}
          onLegendSelect={onLegendSelect}
          defaultOpen={panelOpenAtStart}
        />
      </main>
    </div>
  );
}
