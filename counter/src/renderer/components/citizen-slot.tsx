// The citizen's request from the portal for the ticket at the counter: what they asked for, how to
// reach them, the files they attached. A walk-in has none and shows nothing. When the citizen asked
// to hide personal data the hub sends it masked; "reveal" asks again (the hub logs it) and the
// unmasked answer lives only as long as this ticket stays at the counter.
import { pick, type Lang, type Ticket } from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { useEffect, useState } from 'react';
import { CONTACT_LABELS, errorText, t, type MessageKey } from '../messages';
import { useTicketRequest } from '../use-ticket-request';
import { RequestDocuments } from './request-documents';

export interface CitizenSlotProps {
  api: Api;
  ticket: Ticket | null;
  lang: Lang;
  onUnauthorized: () => void;
}

// A walk-in's answer usually comes sooner: no "loading" line flashes (and moves the waiting list) for it.
const SHOW_LOADING_AFTER_MS = 400;

export function CitizenSlot({ api, ticket, lang, onUnauthorized }: CitizenSlotProps) {
  if (!ticket) return null;
  // One panel per ticket: a new ticket starts from nothing, masked again.
  return (
    <CitizenPanel
      key={ticket.id}
      api={api}
      ticketId={ticket.id}
      ticketNumber={ticket.number}
      lang={lang}
      onUnauthorized={onUnauthorized}
    />
  );
}

interface PanelProps {
  api: Api;
  ticketId: number;
  ticketNumber: string;
  lang: Lang;
  onUnauthorized: () => void;
}

function CitizenPanel({ api, ticketId, ticketNumber, lang, onUnauthorized }: PanelProps) {
  const { state, retry, reveal } = useTicketRequest(api, ticketId, onUnauthorized);
  const slow = useSlow(state.kind === 'loading');

  if (state.kind === 'none') return null;
  if (state.kind === 'loading') {
    if (!slow) return null;
    return (
      <section className="citizen-request" data-testid="citizen-request" data-state="loading" aria-busy="true">
        <p className="muted">{t('requestLoading', lang)}</p>
      </section>
    );
  }
  if (state.kind === 'error') {
    return (
      <section className="citizen-request" data-testid="citizen-request" data-state="error">
        <div className="request-error" role="alert">
          <span data-testid="request-error">
            {t('requestFailed', lang)}: {errorText(state.error, lang)}
          </span>
          <button type="button" className="btn btn-small" onClick={retry} data-testid="request-retry">
            {t('retry', lang)}
          </button>
        </div>
      </section>
    );
  }

  const { request, citizen } = state.view;
  return (
    <section
      className="citizen-request"
      aria-labelledby="citizen-request-title"
      data-testid="citizen-request"
      data-state="ready"
      data-masked={citizen.masked}
      // It scrolls when long: focusable, so the keyboard can scroll it too.
      tabIndex={0}
    >
      <div className="citizen-request-head">
        <h2 id="citizen-request-title">
          {t('citizenRequest', lang)} {ticketNumber}
        </h2>
        {citizen.masked && (
          <button type="button" className="btn btn-small" disabled={state.revealing} onClick={reveal} data-testid="reveal">
            {t(state.revealing ? 'revealing' : 'reveal', lang)}
          </button>
        )}
      </div>
      <PrivacyLine hidePersonal={citizen.hidePersonal} masked={citizen.masked} revealError={state.revealError} lang={lang} />
      <dl className="request-fields">
        <Field
          label="service"
          testId="request-service"
          value={`${request.service.code} ${pick(request.service.name, lang)}`}
          lang={lang}
        />
        <Field label="requestSubject" testId="request-subject" value={request.subject} lang={lang} />
        <Field label="requestDetails" testId="request-details" value={request.details} lang={lang} />
        <Field label="requestContact" testId="request-contact" value={pick(CONTACT_LABELS[request.contact], lang)} lang={lang} />
      </dl>
      <RequestDocuments api={api} documents={request.documents} lang={lang} onUnauthorized={onUnauthorized} />
      <h3>{t('citizen', lang)}</h3>
      <dl className="request-fields">
        <Field label="citizenName" testId="citizen-name" value={citizen.name} lang={lang} />
        <Field label="citizenIdLast4" testId="citizen-id-last4" value={citizen.citizenIdLast4} lang={lang} />
        <Field label="phone" testId="citizen-phone" value={citizen.phone} lang={lang} />
        <Field label="email" testId="citizen-email" value={citizen.email} lang={lang} />
        <Field label="address" testId="citizen-address" value={citizen.address} lang={lang} />
      </dl>
    </section>
  );
}

function Field({ label, testId, value, lang }: { label: MessageKey; testId: string; value: string | null; lang: Lang }) {
  if (value === null || value === '') return null;
  return (
    <div>
      <dt>{t(label, lang)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** Only for a citizen who asked to hide: masked and why, or revealed and logged. */
function PrivacyLine({
  hidePersonal,
  masked,
  revealError,
  lang,
}: {
  hidePersonal: boolean;
  masked: boolean;
  revealError: unknown;
  lang: Lang;
}) {
  if (!hidePersonal) return null;
  if (!masked) {
    return (
      <p className="privacy-line" data-testid="revealed-note">
        {t('revealed', lang)}
      </p>
    );
  }
  return (
    <p className="privacy-line" data-testid="masked-note">
      {t('personalHidden', lang)} <small>{t('revealLogged', lang)}</small>
      {revealError !== null && (
        <span className="request-inline-error" role="alert" data-testid="reveal-error">
          {errorText(revealError, lang)}
        </span>
      )}
    </p>
  );
}

/** True once `loading` has lasted a moment; false again as soon as it ends. */
function useSlow(loading: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const id = setTimeout(() => setSlow(true), SHOW_LOADING_AFTER_MS);
    return () => {
      clearTimeout(id);
      setSlow(false);
    };
  }, [loading]);
  return slow && loading;
}
