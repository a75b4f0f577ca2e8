// Suggestions about a service or the office, stored for the supervisors (GET /feedback).
import { pick, type Lang, type Service } from '@oss/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine } from './form.js';
import { P } from './messages.js';

export function FeedbackPage({ lang }: { lang: Lang }) {
  const [services, setServices] = useState<Service[]>([]);
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    portalApi.services().then(
      ({ services }) => setServices(services),
      () => undefined,
    );
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    portalApi.feedback(serviceId, text).then(
      () => setSent(true),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  };
  return (
    <section className="card" data-testid="feedback-page">
      <h1>{P.feedbackTitle[lang]}</h1>
      {sent ? (
        <p className="thanks" role="status" data-testid="feedback-thanks">
          {P.feedbackThanks[lang]}
        </p>
      ) : (
        <form onSubmit={submit} className="form">
          <label className="field">
            <span className="field-label">{P.feedbackAbout[lang]}</span>
            <select
              value={serviceId ?? ''}
              onChange={(e) => setServiceId(e.target.value ? Number(e.target.value) : null)}
              data-testid="feedback-service"
            >
              <option value="">{P.feedbackOffice[lang]}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.name, lang)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{P.feedbackText[lang]}</span>
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={5}
              maxLength={2000}
              required
              data-testid="feedback-text"
            />
          </label>
          <ErrorLine code={error} lang={lang} />
          <button type="submit" className="button primary wide" disabled={text.trim() === ''} data-testid="feedback-submit">
            {P.send[lang]}
          </button>
        </form>
      )}
    </section>
  );
}
