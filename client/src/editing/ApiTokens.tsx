// The account's API tokens, opened from the account badge: a name to make one, the new token shown
// once with how QGIS signs in with it (the OGC API's address, the email, the token as the password),
// and the list with when each was made and last used, each live one with "Révoquer".
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useLanguage } from '../i18n.ts';
import { fetchTokens, makeToken, revokeToken, type ApiToken } from './api-tokens-api.ts';
import { EditError } from './edit-api.ts';

const reason = (error: unknown) => (error instanceof EditError ? error.detail : String(error));

export function ApiTokens({ email, onClose }: { email: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reload = useCallback(
    () => fetchTokens().then(setTokens, (error: unknown) => setRefusal(reason(error))),
    [],
  );
  useEffect(() => void reload(), [reload]);
  const format = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string | null) => (iso ? format.format(new Date(iso)) : t('tokens.never'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    makeToken(name.trim())
      .then((token) => {
        setMade(token.token);
        setName('');
        return reload();
      })
      .catch((error: unknown) => setRefusal(reason(error)))
      .finally(() => setBusy(false));
  };
  const revoke = (token: ApiToken) => {
    setRefusal(null);
    revokeToken(token.id)
      .then(reload)
      .catch((error: unknown) => setRefusal(reason(error)));
  };

  return (
    <section
      className="api-tokens"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <h2 id={`${id}-title`} className="api-tokens__title">
        {t('tokens.title')}
      </h2>
      <p className="api-tokens__intro">{t('tokens.intro')}</p>
      <form className="api-tokens__form" onSubmit={submit}>
        <label htmlFor={`${id}-name`}>{t('tokens.name')}</label>
        <input
          id={`${id}-name`}
          name="token-name"
          required
          maxLength={80}
          placeholder={t('tokens.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="api-tokens__create" disabled={busy}>
          {t('tokens.create')}
        </button>
      </form>
      {made && (
        <div className="api-tokens__made" role="status">
          <p>{t('tokens.shownOnce')}</p>
          <input
            className="api-tokens__secret"
            aria-label={t('tokens.secret')}
            readOnly
            value={made}
            onFocus={(event) => event.target.select()}
          />
          <p className="api-tokens__how">
            {t('tokens.qgisHow', { url: `${window.location.origin}/ogc`, email })}
          </p>
        </div>
      )}
      {refusal && (
        <p className="sign-in-form__error" role="alert">
          {refusal}
        </p>
      )}
      {tokens && tokens.length === 0 && <p>{t('tokens.none')}</p>}
      {tokens && tokens.length > 0 && (
        <ul className="api-tokens__list" aria-label={t('tokens.list')}>
          {tokens.map((token) => (
            <li key={token.id} className="api-tokens__item" data-revoked={token.revokedAt !== null}>
              <span className="api-tokens__name">{token.name}</span>
              <span className="api-tokens__dates">
                {t('tokens.created', { when: when(token.createdAt) })} ·{' '}
                {t('tokens.lastUsed', { when: when(token.lastUsedAt) })}
                {token.revokedAt && <> · {t('tokens.revokedOn', { when: when(token.revokedAt) })}</>}
              </span>
              {token.revokedAt === null && (
                <button
                  type="button"
                  aria-label={t('tokens.revokeNamed', { name: token.name })}
                  onClick={() => revoke(token)}
                >
                  {t('tokens.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('tokens.close')}
      </button>
    </section>
  );
}
