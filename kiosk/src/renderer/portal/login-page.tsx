// Log in with a username and password, or with LINE (when the hub has LINE Login set up).
import type { Citizen, Lang } from '@oss/shared';
import { useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field } from './form.js';
import { P } from './messages.js';
import { queryParam } from './route.js';

interface Props {
  lang: Lang;
  lineLogin: boolean;
  onLoggedIn: (citizen: Citizen) => void;
  navigate: (to: string) => void;
}

export function LoginPage({ lang, lineLogin, onLoggedIn, navigate }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(() => queryParam('error'));
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    portalApi.login({ username, password }).then(
      ({ citizen }) => onLoggedIn(citizen),
      (err: unknown) => {
        setError(errorCodeOf(err));
        setBusy(false);
      },
    );
  };

  return (
    <section className="card" data-testid="login-page">
      <h1>{P.login[lang]}</h1>
      <form onSubmit={submit} className="form">
        <Field
          label={P.username}
          lang={lang}
          value={username}
          onChange={setUsername}
          testId="login-username"
          autoComplete="username"
          required
        />
        <Field
          label={P.password}
          lang={lang}
          value={password}
          onChange={setPassword}
          testId="login-password"
          type="password"
          autoComplete="current-password"
          required
        />
        <ErrorLine code={error} lang={lang} />
        <button type="submit" className="button primary wide" disabled={busy} data-testid="login-submit">
          {P.login[lang]}
        </button>
      </form>
      {lineLogin && (
        <a className="button line wide" href="/api/v1/citizens/line-login" data-testid="line-login">
          {P.lineLogin[lang]}
        </a>
      )}
      <p className="links">
        <button type="button" className="link" onClick={() => navigate('/forgot')} data-testid="go-forgot">
          {P.forgot[lang]}
        </button>
        <span>
          {P.noAccount[lang]}{' '}
          <button type="button" className="link" onClick={() => navigate('/register')} data-testid="go-register">
            {P.register[lang]}
          </button>
        </span>
      </p>
    </section>
  );
}
