// For a citizen who still owes consent to the current terms (a LINE Login account, or the terms
// changed), and a LINE Login account's missing details (name, citizen ID, contact).
import type { Citizen, CitizenPatchBody, Lang, TermsVersion } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, useForm } from './form.js';
import { P } from './messages.js';
import { citizenIdLooksWrong, PersonalFields } from './personal-fields.js';
import { TermsBox } from './terms-box.js';

interface Props {
  lang: Lang;
  citizen: Citizen;
  onSaved: (citizen: Citizen) => void;
}

export function ProfilePage({ lang, citizen, onSaved }: Props) {
  const [terms, setTerms] = useState<TermsVersion | null>(null);
  const [accepted, setAccepted] = useState(false);
  const { values: f, update } = useForm({
    name: citizen.name,
    citizenId: '',
    phone: citizen.phone ?? '',
    email: citizen.email ?? '',
    address: citizen.address ?? '',
    hidePersonal: citizen.hidePersonal,
  });
  const [error, setError] = useState<string | null>(null);
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
        const { citizenId, ...details } = f;
        const patch: CitizenPatchBody = needsCid ? { ...details, citizenId } : details;
        saved = (await portalApi.updateMe(patch)).citizen;
      }
      if (citizen.needsConsent && terms) saved = (await portalApi.consent(terms.version)).citizen;
      onSaved(saved);
    } catch (err) {
      setError(errorCodeOf(err));
    }
  };

  const cidBad = needsCid && citizenIdLooksWrong(f.citizenId);
  return (
    <section className="card" data-testid="profile-page">
      <h1>{P.completeProfile[lang]}</h1>
      <form onSubmit={(e) => void submit(e)} className="form">
        {!citizen.profileComplete && (
          <PersonalFields lang={lang} testIdPrefix="profile" values={f} update={update} askCitizenId={needsCid} />
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
