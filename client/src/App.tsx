// The app: loads what the map needs, follows the language the URL asks for, shows the map.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppData } from './app-data.ts';
import { MapScreen } from './MapScreen.tsx';
import { useUrlState } from './url-state.ts';

export function App() {
  const { t, i18n } = useTranslation();
  const data = useAppData();
  const [url, updateUrl] = useUrlState();

  useEffect(() => {
    if (url.lang && url.lang !== i18n.resolvedLanguage) void i18n.changeLanguage(url.lang);
  }, [url.lang, i18n]);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

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
      return <MapScreen data={data} url={url} updateUrl={updateUrl} />;
  }
}
