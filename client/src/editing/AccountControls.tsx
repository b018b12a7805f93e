// The header's account corner: "Se connecter" opening a small sign-in form (the server's reason
// shown on 401 and 429), then the account's email and role with "Jetons d'API" (ApiTokens.tsx)
// and "Se déconnecter".
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInAs, signOutNow, useAccount } from './account-store.ts';
import { ApiTokens } from './ApiTokens.tsx';
import { EditError } from './edit-api.ts';
import './account.css';
import './editing.css';

export function AccountControls() {
  const { t } = useTranslation();
  const account = useAccount();
  const [open, setOpen] = useState(false);
  const [tokensOpen, setTokensOpen] = useState(false);

  if (account) {
    return (
      <div className="account-badge" role="group" aria-label={t('editing.accountLabel')}>
        <span className="account-badge__who">
          <span className="account-badge__email">{account.email}</span>{' '}
          <span className="account-badge__role">{t(`editing.roles.${account.role}`)}</span>
        </span>
        <button
          type="button"
          className="sign-out-button"
          aria-expanded={tokensOpen}
          onClick={() => setTokensOpen((was) => !was)}
        >
          {t('tokens.open')}
        </button>
        <button type="button" className="sign-out-button" onClick={() => void signOutNow()}>
          {t('editing.signOut')}
        </button>
        {tokensOpen && <ApiTokens email={account.email} onClose={() => setTokensOpen(false)} />}
      </div>
    );
  }
  return (
    <div className="account-corner">
      <button
        type="button"
        className="sign-in-button"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {t('editing.signIn')}
      </button>
      {open && <SignInForm onDone={() => setOpen(false)} />}
    </div>
  );
}

function SignInForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => emailRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    signInAs(email.trim(), password).then(onDone, (error: unknown) => {
      setBusy(false);
      setRefusal(error instanceof EditError ? error.detail : String(error));
    });
  };

  return (
    <form
      className="sign-in-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
    >
      <h2 id={`${id}-title`} className="sign-in-form__title">
        {t('editing.signInTitle')}
      </h2>
      <label htmlFor={`${id}-email`}>{t('editing.email')}</label>
      <input
        ref={emailRef}
        id={`${id}-email`}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <label htmlFor={`${id}-password`}>{t('editing.password')}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {refusal && (
        <p className="sign-in-form__error" role="alert">
          {t('editing.signInFailed', { detail: refusal })}
        </p>
      )}
      <div className="sign-in-form__actions">
        <button type="submit" className="sign-in-submit" disabled={busy}>
          {busy ? t('editing.signingIn') : t('editing.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('editing.cancel')}
        </button>
      </div>
    </form>
  );
}
