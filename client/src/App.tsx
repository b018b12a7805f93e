// The app: loads what the map needs, follows the language the URL asks for, and shows the view the
// URL names under one header: the infrastructure map, planning, a commune's page, the public's view
// the queue of requests, the open data downloads or the import wizard (each loaded on first use);
// or, on /embed, the commune's map for other websites alone (client/src/embed/).
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LayerInfo } from './api.ts';
import { useAppData } from './app-data.ts';
import { isEmbedPath } from './embed/embed-params.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { languageStore, rememberLanguage } from './language-choice.ts';
import { useUrlState, type Screen } from './url-state.ts';

// Every view is its own chunk: the public view (/ici) must not wait for MapLibre (issue #9).
const MapScreen = lazy(() => import('./MapScreen.tsx').then((module) => ({ default: module.MapScreen })));
const PlanningScreen = lazy(() =>
  import('./planning/PlanningScreen.tsx').then((module) => ({ default: module.PlanningScreen })),
);
const CommuneScreen = lazy(() =>
  import('./commune/CommuneScreen.tsx').then((module) => ({ default: module.CommuneScreen })),
);
const PublicScreen = lazy(() =>
  import('./public/PublicScreen.tsx').then((module) => ({ default: module.PublicScreen })),
);
const RequestsScreen = lazy(() =>
  import('./requests/RequestsScreen.tsx').then((module) => ({ default: module.RequestsScreen })),
);
const OpenDataScreen = lazy(() =>
  import('./open-data/OpenDataScreen.tsx').then((module) => ({ default: module.OpenDataScreen })),
);

const ImportScreen = lazy(() =>
  import('./import/ImportScreen.tsx').then((module) => ({ default: module.ImportScreen })),
);
const EmbedApp = lazy(() => import('./embed/EmbedApp.tsx').then((module) => ({ default: module.EmbedApp })));

/** The titles of the layers still sample, when only some are (all of them: the plain notice). */
function sampleLayerTitles(ids: string[], layers: LayerInfo[], language: string | undefined): string[] {
  const located = layers.filter((l) => l.group !== 'reference');
  if (ids.length === 0 || ids.length >= located.length) return [];
  const lang: Language = language === 'en' ? 'en' : 'fr';
  return located.filter((l) => ids.includes(l.id)).map((l) => l.title[lang]);
}

export function App() {
  // The embed (/embed) is a page apart: no header, and none of the app's credentialed calls.
  if (isEmbedPath(window.location.pathname)) {
    return (
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    );
  }
  return <FullApp />;
}

function FullApp() {
  const { t, i18n } = useTranslation();
  const data = useAppData();
  const [url, updateUrl] = useUrlState();
  const screen: Screen = url.screen ?? 'map';

  useEffect(() => {
    if (url.lang && url.lang !== i18n.resolvedLanguage) void i18n.changeLanguage(url.lang);
  }, [url.lang, i18n]);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  const onLanguageChange = useCallback(
    (lang: Language) => {
      rememberLanguage(languageStore(), lang);
      updateUrl({ lang });
    },
    [updateUrl],
  );
  const onScreenChange = useCallback(
    (next: Screen) =>
      updateUrl((previous) => ({
        screen: next,
        communePage: next === 'commune' ? previous.communePage : null,
      })),
    [updateUrl],
  );

  switch (data.status) {
    case 'loading':
      return <p className="app-status">{t('app.loading')}</p>;
    case 'error':
      return (
        <p className="app-status app-status--error" role="alert">
          {t('app.error', { detail: data.error.message })}
        </p>
      );
    case 'ready':
      return (
        <div className="app">
          <AppHeader
            notice={{
              asOf: data.config.asOf,
              sampleData: data.config.sampleData,
              sampleLayers: sampleLayerTitles(data.config.sampleLayers, data.layers, i18n.resolvedLanguage),
              approximateBoundaries: data.communes.some(
                (commune) => commune.boundarySource === 'approximate',
              ),
            }}
            screen={screen}
            onScreenChange={onScreenChange}
            onLanguageChange={onLanguageChange}
          />
          <main className={`app-main app-main--${screen}`}>
            <Suspense fallback={<p className="app-status">{t('app.loading')}</p>}>
              {screen === 'map' && <MapScreen data={data} url={url} updateUrl={updateUrl} />}
              {screen === 'planning' && <PlanningScreen data={data} url={url} updateUrl={updateUrl} />}
              {screen === 'commune' && <CommuneScreen data={data} url={url} updateUrl={updateUrl} />}
              {screen === 'public' && <PublicScreen data={data} url={url} updateUrl={updateUrl} />}
              {screen === 'requests' && <RequestsScreen data={data} url={url} updateUrl={updateUrl} />}
              {screen === 'openData' && <OpenDataScreen />}
              {screen === 'import' && <ImportScreen data={data} url={url} updateUrl={updateUrl} />}
            </Suspense>
          </main>
        </div>
      );
  }
}
