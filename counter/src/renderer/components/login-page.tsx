// Staff sign-in. A refused password gets its own plain message; anything else the code's message.
import type { Lang, LoginResponse } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useState, type FormEvent } from 'react';
import { errorText, t } from '../messages';
import { LangSwitch } from './lang-switch';

interface Props {
  api: Api;
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** Why the form is shown again, e.g. the hub refused the stored token. */
  reason: string | null;
  onSignedIn: (login: LoginResponse) => void;
}

export function LoginPage({ api, lang, onLang, reason, onSignedIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !username.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(username.trim(), password));
    } catch (err) {
      const refused = err instanceof ApiError && (err.status === 401 || err.code === 'unauthorized');
      setError(refused ? t('wrongPassword', lang) : errorText(err, lang));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="centered-page">
      <form className="card login-card" onSubmit={submit} data-testid="login-form">
        <div className="card-head">
          <h1>{t('loginTitle', lang)}</h1>
          <LangSwitch lang={lang} onChange={onLang} />
        </div>
        {reason && !error && (
          <p className="form-info" role="status" data-testid="login-reason">
            {reason}
          </p>
        )}
        <label>
          <span>{t('username', lang)}</span>
          <input
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="login-username"
          />
        </label>
        <label>
          <span>{t('password', lang)}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="login-password"
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy} data-testid="login-submit">
          {busy ? t('signingIn', lang) : t('signIn', lang)}
        </button>
      </form>
    </main>
  );
}
