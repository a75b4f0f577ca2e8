// One request: a draft gets its files and is submitted; a submitted one gets a ticket for today or
// a booking (with the QR for the kiosk); a ticket links to its tracker (/t/<code>) to follow the
// queue and rate the service.
import { pick, STATUS_LABELS, type Citizen, type Lang, type ServiceRequest } from '@oss/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { BookingCard } from './booking-card.js';
import { BookingPicker } from './booking-picker.js';
import { DocumentsEditor } from './documents-editor.js';
import { ErrorLine } from './form.js';
import { P } from './messages.js';

interface Props {
  lang: Lang;
  id: number;
  citizen: Citizen;
}

export function RequestPage({ lang, id, citizen }: Props) {
  const [request, setRequest] = useState<ServiceRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    portalApi.request(id).then(
      ({ request }) => setRequest(request),
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, [id]);
  useEffect(load, [load]);
  const act = (fn: () => Promise<unknown>) => {
    setError(null);
    fn().then(load, (err: unknown) => setError(errorCodeOf(err)));
  };

  if (!request) return <ErrorLine code={error} lang={lang} />;
  const booking = request.booking?.status === 'booked' ? request.booking : null;
  return (
    <>
      <section className="card" data-testid="request-page" data-status={request.status}>
        <h1>{pick(request.service.name, lang)}</h1>
        <p data-testid="request-subject-text">{request.subject}</p>
        {request.details && <p className="muted pre">{request.details}</p>}
        <h2 className="spaced">{P.documentsNeeded[lang]}</h2>
        <ul>
          {request.documentsNeeded.map((d, i) => (
            <li key={i}>{pick(d, lang)}</li>
          ))}
        </ul>
        {request.status === 'draft' ? (
          <>
            <DocumentsEditor lang={lang} requestId={request.id} documents={request.documents} onChanged={load} />
            <button
              type="button"
              className="button primary wide"
              onClick={() => act(() => portalApi.submit(request.id))}
              data-testid="request-submit"
            >
              {P.submit[lang]}
            </button>
          </>
        ) : (
          <ul className="file-list" data-testid="attached">
            {request.documents.map((d) => (
              <li key={d.id} data-testid="attached-file">
                {d.name}
              </li>
            ))}
          </ul>
        )}
        <ErrorLine code={error} lang={lang} />
      </section>

      {request.ticket && (
        <section className="card ticket-card" data-testid="request-ticket">
          <h2>{P.yourTicket[lang]}</h2>
          <p className="big-number" data-testid="request-ticket-number">
            {request.ticket.number}
          </p>
          <p>{STATUS_LABELS[request.ticket.status][lang]}</p>
          <a className="button primary wide" href={`/t/${request.ticket.trackingCode}`} data-testid="follow-ticket">
            {P.follow[lang]}
          </a>
        </section>
      )}
      {booking && (
        <BookingCard
          lang={lang}
          booking={booking}
          lineLinked={citizen.lineLinked}
          onCancel={() => act(() => portalApi.cancelBooking(booking.id))}
        />
      )}
      {request.status === 'submitted' && !request.ticket && !booking && (
        <BookingPicker lang={lang} requestId={request.id} serviceId={request.serviceId} onDone={load} />
      )}
      {request.status !== 'cancelled' && !request.ticket && (
        <button
          type="button"
          className="button outline-danger"
          onClick={() => act(() => portalApi.cancelRequest(request.id))}
          data-testid="cancel-request"
        >
          {P.cancelRequest[lang]}
        </button>
      )}
    </>
  );
}
