// On a commune's page: the <iframe> code that puts its map on the commune's website, in a read-only
// field (selectable where the clipboard is out of reach) with a button that copies it and says so.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { embedSnippet, embedUrl, type EmbedTarget } from './embed-links.ts';
import { EMBED_DEFAULT_LAYERS } from './embed-params.ts';
import './embed-code.css';

type CopyState = 'idle' | 'copied' | 'failed';

export function EmbedCodeBox({ commune }: { commune: Pick<CommuneSummary, 'insee' | 'name'> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [copy, setCopy] = useState<{ state: CopyState; code: string }>({ state: 'idle', code: '' });
  const target: EmbedTarget = { insee: commune.insee, layers: EMBED_DEFAULT_LAYERS, lang };
  const { origin } = window.location;
  const code = embedSnippet({ origin, target, title: t('embed.title', { name: commune.name }) });
  const fieldId = `embed-code-${commune.insee}`;
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // A confirmation belongs to the code it copied: another language makes another code.
  const state = copy.code === code ? copy.state : 'idle';

  const onCopy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setCopy({ state: 'copied', code });
    } catch {
      setCopy({ state: 'failed', code });
      // Selected, so that Ctrl+C (or a long press) copies it by hand.
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  };

  return (
    <div className="embed-code">
      <p className="commune-note">{t('embed.code.intro', { name: commune.name })}</p>
      <label className="embed-code__label" htmlFor={fieldId}>
        {t('embed.code.field')}
      </label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        className="embed-code__field"
        readOnly
        rows={4}
        value={code}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-code__actions">
        <button type="button" className="commune-button embed-code__copy" onClick={() => void onCopy()}>
          {t('embed.code.copy')}
        </button>
        <a className="embed-code__preview" href={embedUrl(origin, target)} target="_blank" rel="noopener">
          {t('embed.code.preview')}
        </a>
      </div>
      <p className={`embed-code__status embed-code__status--${state}`} role="status">
        {state === 'copied' && t('embed.code.copied')}
        {state === 'failed' && t('embed.code.copyFailed')}
      </p>
    </div>
  );
}
