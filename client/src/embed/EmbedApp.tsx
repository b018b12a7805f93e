// The embed (`/embed?commune=…&layers=…&lang=…`): a commune's map for an iframe on its website,
// apart from the rest of the app: no header, no account, and none of the app's credentialed calls.
// A link it cannot follow (unknown commune or layer, unknown language) is said in the frame, with
// what was wrong, instead of a blank map.
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemote } from '../planning/useRemote.ts';
import { fetchEmbedData } from './embed-api.ts';
import { embedLanguage, readEmbedQuery, resolveEmbed, type EmbedProblem } from './embed-params.ts';
import { EmbedMap } from './EmbedMap.tsx';
import './embed.css';

function ProblemText({ problem }: { problem: EmbedProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'missingCommune':
      return t('embed.problems.missingCommune');
    case 'unknownCommune':
      return t('embed.problems.unknownCommune', { value: problem.value });
    case 'noLayers':
      return t('embed.problems.noLayers');
    case 'unknownLayers':
      return t('embed.problems.unknownLayers', {
        count: problem.values.length,
        values: problem.values.join(', '),
        known: problem.known.join(', '),
      });
    case 'badLanguage':
      return t('embed.problems.badLanguage', { value: problem.value });
  }
}

function EmbedMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="embed-message" role="alert">
      <h1 className="embed-message__title">{title}</h1>
      {children}
    </div>
  );
}

export function EmbedApp() {
  const { t, i18n } = useTranslation();
  const query = useMemo(() => readEmbedQuery(new URLSearchParams(window.location.search)), []);
  const lang = embedLanguage(query);
  // The link's language, or French: never the one remembered from a visit to the full app.
  useEffect(() => {
    if (i18n.resolvedLanguage !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  const data = useRemote(useCallback((signal: AbortSignal) => fetchEmbedData(signal), []));
  const resolved = data.data ? resolveEmbed(query, data.data.layers, data.data.communes) : null;
  const communeName = resolved?.ok ? resolved.commune.name : null;
  useEffect(() => {
    document.title = communeName ? t('embed.title', { name: communeName }) : t('app.title');
  }, [t, communeName]);

  if (data.error) {
    return (
      <EmbedMessage title={t('embed.unavailable')}>
        <p>{t('embed.loadError', { detail: data.error.message })}</p>
      </EmbedMessage>
    );
  }
  if (!data.data || !resolved) return <p className="embed-message">{t('app.loading')}</p>;
  if (!resolved.ok) {
    return (
      <EmbedMessage title={t('embed.badLink')}>
        <ul className="embed-message__problems">
          {resolved.problems.map((problem) => (
            <li key={problem.kind}>
              <ProblemText problem={problem} />
            </li>
          ))}
        </ul>
        <p>{t('embed.example')}</p>
        <p>
          <code>/embed?commune=98811&amp;layers=fibre-zones,schools&amp;lang=fr</code>
        </p>
      </EmbedMessage>
    );
  }
  return (
    <EmbedMap data={data.data} commune={resolved.commune} layers={resolved.layers} lang={resolved.lang} />
  );
}
