// For a citizen who still owes consent to the current terms (a LINE Login account, or the terms
// changed), and a LINE Login account's missing details (name, citizen ID, contact).
import { isValidCitizenId, type Citizen, type CitizenPatchBody, type Lang, type TermsVersion } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field } from './Form.js';
import { P } from './messages.js';
import { TermsBox } from './TermsBox.js';

interface Props {
  lang: Lang;
  citizen: Citizen;
  onSaved: (citizen: Citizen) => void;
}

export function ProfilePage({ lang, citizen, onSaved }: Props) {
  const [terms, setTerms] = useState<TermsVersion | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [f, setF] = useState({
    name: citizen.name,
    citizenId: '',
    phone: citizen.phone ?? '',
    email: citizen.email ?? '',
    address: citizen.address ?? '',
  });
  const [hidePersonal, setHidePersonal] = useState(citizen.hidePersonal);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof f) => (value: string) => setF((old) => ({ ...old, [key]: value }));
  const needsCid = citizen.citizenIdLast4 === null;

  useEffect(() => {
    portalApi.terms().then(
      ({ terms }) => setTerms(terms),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      let saved = citizen;
      if (!citizen.profileComplete) {
        const patch: CitizenPatchBody = { name: f.name, phone: f.phone, email: f.email, address: f.address, hidePersonal };
        if (needsCid) patch.citizenId = f.citizenId;
        saved = (await portalApi.updateMe(patch)).citizen;
      }
      if (citizen.needsConsent && terms) saved = (await portalApi.consent(terms.version)).citizen;
      onSaved(saved);
    } catch (err) {
      setError(errorCodeOf(err));
    }
  };

  const cidBad = needsCid && f.citizenId.length >= 13 && !isValidCitizenId(f.citizenId);
  return (
    <section className="card" data-testid="profile-page">
      <h1>{P.completeProfile[lang]}</h1>
      <form onSubmit={(e) => void submit(e)} className="form">
        {!citizen.profileComplete && (
          <>
            <Field label={P.name} lang={lang} value={f.name} onChange={set('name')} testId="profile-name" required />
            {needsCid && (
              <Field
                label={P.citizenId}
                lang={lang}
                value={f.citizenId}
                onChange={set('citizenId')}
                testId="profile-cid"
                inputMode="numeric"
                hint={cidBad ? P.citizenIdBad[lang] : null}
                required
              />
            )}
            <Field
              label={P.phone}
              lang={lang}
              value={f.phone}
              onChange={set('phone')}
              testId="profile-phone"
              type="tel"
              required
            />
            <Field
              label={P.email}
              lang={lang}
              value={f.email}
              onChange={set('email')}
              testId="profile-email"
              type="email"
              required
            />
            <Field label={P.address} lang={lang} value={f.address} onChange={set('address')} testId="profile-address" />
            <label className="check">
              <input type="checkbox" checked={hidePersonal} onChange={(e) => setHidePersonal(e.target.checked)} />
              <span>{P.hidePersonal[lang]}</span>
            </label>
          </>
        )}
        {citizen.needsConsent && <TermsBox terms={terms} lang={lang} accepted={accepted} onAccepted={setAccepted} />}
        <ErrorLine code={error} lang={lang} />
        <button
          type="submit"
          className="button primary wide"
          disabled={(citizen.needsConsent && !accepted) || cidBad}
          data-testid="profile-submit"
        >
          {citizen.needsConsent ? P.accept[lang] : P.save[lang]}
        </button>
      </form>
    </section>
  );
}
