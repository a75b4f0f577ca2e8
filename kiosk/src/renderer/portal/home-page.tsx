// The logged-in citizen's start: their requests (with bookings and tickets), a new request,
// suggestions.
import { pick, STATUS_LABELS, type Lang, type ServiceRequest } from '@oss/shared';
import { useEffect, useState } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine } from './form.js';
import { P } from './messages.js';

function requestStatusText(r: ServiceRequest, lang: Lang): string {
  if (r.ticket) return `${r.ticket.number} · ${STATUS_LABELS[r.ticket.status][lang]}`;
  if (r.booking?.status === 'booked') return `${P.bookingTitle[lang]} ${r.booking.slotAt.slice(0, 10)}`;
  return (r.status === 'draft' ? P.draft : r.status === 'submitted' ? P.submitted : P.cancelled)[lang];
}

export function HomePage({ lang, navigate }: { lang: Lang; navigate: (to: string) => void }) {
  const [requests, setRequests] = useState<ServiceRequest[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    portalApi.requests().then(
      ({ requests }) => setRequests(requests),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, []);

  return (
    <>
      <button
        type="button"
        className="button primary wide big"
        onClick={() => navigate('/requests/new')}
        data-testid="new-request"
      >
        {P.newRequest[lang]}
      </button>
      <section className="card" data-testid="my-requests">
        <h2>{P.myRequests[lang]}</h2>
        <ErrorLine code={error} lang={lang} />
        {requests === null && !error && <p className="muted">{P.loading[lang]}</p>}
        {requests?.length === 0 && <p className="muted">{P.noRequests[lang]}</p>}
        <ul className="request-list">
          {requests?.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="request-item"
                onClick={() => navigate(`/requests/${r.id}`)}
                data-testid={`request-${r.id}`}
              >
                <strong>{pick(r.service.name, lang)}</strong>
                <span>{r.subject}</span>
                <span className="muted">{requestStatusText(r, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <button type="button" className="button wide" onClick={() => navigate('/feedback')} data-testid="go-feedback">
        {P.feedback[lang]}
      </button>
    </>
  );
}
