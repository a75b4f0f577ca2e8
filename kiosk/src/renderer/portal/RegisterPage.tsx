// Registration: name, citizen ID (checked here and by the hub), contact, "hide my personal data",
// the terms to accept, and a username and password. The hub keeps the ID only as a keyed hash.
import { isValidCitizenId, type Citizen, type Lang, type TermsVersion } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field } from './Form.js';
import { P } from './messages.js';
import { TermsBox } from './TermsBox.js';

interface Props {
  lang: Lang;
  onRegistered: (citizen: Citizen) => void;
  navigate: (to: string) => void;
}

export function RegisterPage({ lang, onRegistered, navigate }: Props) {
  const [terms, setTerms] = useState<TermsVersion | null>(null);
  const [f, setF] = useState({ name: '', citizenId: '', phone: '', email: '', address: '', username: '', password: '' });
  const [hidePersonal, setHidePersonal] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof f) => (value: string) => setF((old) => ({ ...old, [key]: value }));

  useEffect(() => {
    portalApi.terms().then(
      ({ terms }) => setTerms(terms),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, []);

  const cidDigits = f.citizenId.replace(/[\s-]/g, '');
  const cidHint = cidDigits.length >= 13 && !isValidCitizenId(cidDigits) ? P.citizenIdBad[lang] : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!terms || !accepted || cidHint) return;
    setBusy(true);
    setError(null);
    portalApi.register({ ...f, hidePersonal, termsVersion: terms.version, acceptTerms: true }).then(
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
        <Field label={P.name} lang={lang} value={f.name} onChange={set('name')} testId="reg-name" autoComplete="name" required />
        <Field
          label={P.citizenId}
          lang={lang}
          value={f.citizenId}
          onChange={set('citizenId')}
          testId="reg-cid"
          inputMode="numeric"
          autoComplete="off"
          maxLength={17}
          hint={cidHint}
          required
        />
        <Field
          label={P.phone}
          lang={lang}
          value={f.phone}
          onChange={set('phone')}
          testId="reg-phone"
          type="tel"
          autoComplete="tel"
          required
        />
        <Field
          label={P.email}
          lang={lang}
          value={f.email}
          onChange={set('email')}
          testId="reg-email"
          type="email"
          autoComplete="email"
          required
        />
        <Field
          label={P.address}
          lang={lang}
          value={f.address}
          onChange={set('address')}
          testId="reg-address"
          autoComplete="street-address"
        />
        <label className="check">
          <input
            type="checkbox"
            checked={hidePersonal}
            onChange={(e) => setHidePersonal(e.target.checked)}
            data-testid="reg-hide"
          />
          <span>{P.hidePersonal[lang]}</span>
        </label>
        <TermsBox terms={terms} lang={lang} accepted={accepted} onAccepted={setAccepted} />
        <Field
          label={P.username}
          lang={lang}
          value={f.username}
          onChange={set('username')}
          testId="reg-username"
          autoComplete="username"
          required
        />
        <Field
          label={P.password}
          lang={lang}
          value={f.password}
          onChange={set('password')}
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
