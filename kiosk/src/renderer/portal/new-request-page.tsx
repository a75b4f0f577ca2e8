// A new request: the service (its documents shown), a subject and details, how to be contacted.
// It is saved as a draft; files are attached on the request's own page before submitting.
import { pick, type ContactPreference, type Lang, type Service } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine, Field } from './form.js';
import { P } from './messages.js';

const CONTACTS: Array<{ value: ContactPreference; label: keyof typeof P }> = [
  { value: 'phone', label: 'contactPhone' },
  { value: 'email', label: 'contactEmail' },
  { value: 'line', label: 'contactLine' },
  { value: 'none', label: 'contactNone' },
];

export function NewRequestPage({ lang, navigate }: { lang: Lang; navigate: (to: string) => void }) {
  const [services, setServices] = useState<Service[] | null>(null);
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [subject, setSubject] = useState('');
  const [details, setDetails] = useState('');
  const [contact, setContact] = useState<ContactPreference>('phone');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    portalApi.services().then(
      ({ services }) => setServices(services),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, []);
  const service = services?.find((s) => s.id === serviceId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (serviceId === null) return;
    setError(null);
    portalApi.createRequest({ serviceId, subject, details, contact }).then(
      ({ request }) => navigate(`/requests/${request.id}`),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  };

  return (
    <section className="card" data-testid="new-request-page">
      <h1>{P.newRequest[lang]}</h1>
      <form onSubmit={submit} className="form">
        <label className="field">
          <span className="field-label">{P.chooseService[lang]}</span>
          <select
            value={serviceId ?? ''}
            onChange={(e) => setServiceId(e.target.value ? Number(e.target.value) : null)}
            data-testid="request-service"
            required
          >
            <option value="">—</option>
            {services?.map((s) => (
              <option key={s.id} value={s.id} data-code={s.code}>
                {pick(s.name, lang)}
              </option>
            ))}
          </select>
        </label>
        {service && (
          <div className="documents-needed" data-testid="documents-needed">
            <h2>{P.documentsNeeded[lang]}</h2>
            <ul>
              {service.documents.map((d, i) => (
                <li key={i}>{pick(d, lang)}</li>
              ))}
            </ul>
          </div>
        )}
        <Field
          label={P.subject}
          lang={lang}
          value={subject}
          onChange={setSubject}
          testId="request-subject"
          maxLength={200}
          required
        />
        <label className="field">
          <span className="field-label">{P.details[lang]}</span>
          <textarea
            value={details}
            onChange={(e) => setDetails(e.target.value)}
            rows={4}
            maxLength={4000}
            data-testid="request-details"
          />
        </label>
        <fieldset className="choices">
          <legend>{P.contact[lang]}</legend>
          {CONTACTS.map((c) => (
            <label key={c.value} className="check">
              <input
                type="radio"
                name="contact"
                checked={contact === c.value}
                onChange={() => setContact(c.value)}
                data-testid={`contact-${c.value}`}
              />
              <span>{P[c.label][lang]}</span>
            </label>
          ))}
        </fieldset>
        <ErrorLine code={error} lang={lang} />
        <button type="submit" className="button primary wide" disabled={serviceId === null} data-testid="request-next">
          {P.next[lang]}
        </button>
      </form>
    </section>
  );
}
