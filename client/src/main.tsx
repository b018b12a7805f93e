// Entry point: language from the URL first, else the one chosen on an earlier visit; then the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { defaultLanguage, initI18n } from './i18n.ts';
import { languageStore, rememberedLanguage, startingLanguage } from './language-choice.ts';
import { registerServiceWorker } from './service-worker-registration.ts';
import { parseUrlState } from './url-state.ts';
import './styles.css';

initI18n(
  startingLanguage(
    parseUrlState(new URL(window.location.href)).lang,
    rememberedLanguage(languageStore()),
    defaultLanguage,
  ),
);

registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
