// Forgot password (ask for a link by e-mail) and the page the link opens (set a new password).
import type { Lang } from '@oss/shared';
import { useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field } from './form.js';
import { P } from './messages.js';

export function ForgotPage({ lang }: { lang: Lang }) {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    portalApi.forgot(email).then(
      () => setSent(true),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  };
  return (
    <section className="card" data-testid="forgot-page">
      <h1>{P.forgotTitle[lang]}</h1>
      {sent ? (
        <p role="status" data-testid="forgot-sent">
          {P.forgotSent[lang]}
        </p>
      ) : (
        <form onSubmit={submit} className="form">
          <p>{P.forgotHint[lang]}</p>
          <Field label={P.email} lang={lang} value={email} onChange={setEmail} testId="forgot-email" type="email" required />
          <ErrorLine code={error} lang={lang} />
          <button type="submit" className="button primary wide" data-testid="forgot-submit">
            {P.send[lang]}
          </button>
        </form>
      )}
    </section>
  );
}

export function ResetPage({ lang, token, navigate }: { lang: Lang; token: string | null; navigate: (to: string) => void }) {
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(token ? null : 'reset-token-invalid');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!token) return;
    setError(null);
    portalApi.reset(token, password).then(
      () => setDone(true),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  };
  return (
    <section className="card" data-testid="reset-page">
      <h1>{P.resetTitle[lang]}</h1>
      {done ? (
        <>
          <p role="status" data-testid="reset-done">
            {P.resetDone[lang]}
          </p>
          <button type="button" className="button primary wide" onClick={() => navigate('/login')}>
            {P.login[lang]}
          </button>
        </>
      ) : (
        <form onSubmit={submit} className="form">
          <Field
            label={P.password}
            lang={lang}
            value={password}
            onChange={setPassword}
            testId="reset-password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
          />
          <ErrorLine code={error} lang={lang} />
          <button type="submit" className="button primary wide" disabled={!token} data-testid="reset-submit">
            {P.save[lang]}
          </button>
        </form>
      )}
    </section>
  );
}
