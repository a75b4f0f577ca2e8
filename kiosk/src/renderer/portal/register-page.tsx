// Registration: name, citizen ID (checked here and by the hub), contact, "hide my personal data",
// the terms to accept, and a username and password. The hub keeps the ID only as a keyed hash.
import type { Citizen, Lang, TermsVersion } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field, useForm } from './form.js';
import { P } from './messages.js';
import { citizenIdLooksWrong, NO_PERSONAL_DETAILS, PersonalFields } from './personal-fields.js';
import { TermsBox } from './terms-box.js';

interface Props {
  lang: Lang;
  onRegistered: (citizen: Citizen) => void;
  navigate: (to: string) => void;
}

export function RegisterPage({ lang, onRegistered, navigate }: Props) {
  const [terms, setTerms] = useState<TermsVersion | null>(null);
  const { values: f, update, field } = useForm({ ...NO_PERSONAL_DETAILS, username: '', password: '' });
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    portalApi.terms().then(
      ({ terms }) => setTerms(terms),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!terms || !accepted || citizenIdLooksWrong(f.citizenId)) return;
    setBusy(true);
    setError(null);
    portalApi.register({ ...f, termsVersion: terms.version, acceptTerms: true }).then(
      ({ citizen }) => onRegistered(citizen),
      (err: unknown) => {
        setError(errorCodeOf(err));
        setBusy(false);
      },
    );
  };

  return (
    <section className="card" data-testid="register-page">
      <h1>{P.registerTitle[lang]}</h1>
      <form onSubmit={submit} className="form">
        <PersonalFields lang={lang} testIdPrefix="reg" values={f} update={update} />
        <TermsBox terms={terms} lang={lang} accepted={accepted} onAccepted={setAccepted} />
        <Field label={P.username} lang={lang} {...field('username')} testId="reg-username" autoComplete="username" required />
        <Field
          label={P.password}
          lang={lang}
          {...field('password')}
          testId="reg-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
        />
        <ErrorLine code={error} lang={lang} />
        <button type="submit" className="button primary wide" disabled={busy || !accepted || !terms} data-testid="reg-submit">
          {P.register[lang]}
        </button>
      </form>
      <p className="links">
        <button type="button" className="link" onClick={() => navigate('/login')}>
          {P.login[lang]}
        </button>
      </p>
    </section>
  );
}
