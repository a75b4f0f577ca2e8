// The lobby kiosk: start (services) → a service's documents and priority → the issued ticket,
// with an error screen that always leads back. Every screen but the start returns there by itself
// when left alone, and the language goes back to Thai for the next citizen. In the kiosk shell, a
// Thai ID card greets the citizen and preselects elderly priority (use-card-session.ts); nothing
// from the card goes to the hub.
import type { Priority, Service, Ticket } from '@oss/shared';
import { createApi, useLang, useLive } from '@oss/shared/client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { OfflineBanner } from '../common/offline-banner.js';
import { CardBanner } from './card-banner.js';
import { DeviceNotice } from './device-notice.js';
import { DEFAULT_TIME_ZONE } from '../common/office.js';
import { newIdempotencyKey } from '../common/uuid.js';
import { ErrorView } from './error-view.js';
import { Header } from './header.js';
import { IssuingView } from './issuing-view.js';
import { errorCode, issueTicket, type IssueRequest } from './issue.js';
import { M } from './messages.js';
import { createTicketPrinter, type PrintStatus } from './print.js';
import { ServiceDetail } from './service-detail.js';
import { ServiceList } from './service-list.js';
import type { KioskSettings } from './settings.js';
import { TicketView } from './ticket-view.js';
import { useCardSession } from './use-card-session.js';
import { useServices } from './use-services.js';
import { useShellDevices } from './use-shell-devices.js';
import { BookingButton, BookingCheckIn } from './booking/booking-check-in.js';
import { deliverScan } from './booking/scan.js';
import { useBookingScan } from './booking/use-booking-scan.js';

type Screen =
  | { kind: 'start' }
  | { kind: 'service'; serviceId: number }
  | { kind: 'issuing'; request: IssueRequest }
  | { kind: 'ticket'; ticket: Ticket; print: PrintStatus }
  /** `retry` is kept only for network failures, so a retry reuses the attempt's key. */
  | { kind: 'error'; code: string; retry: IssueRequest | null }
  /** "I have a booking": a scanned or typed booking code becomes a ticket (booking/). */
  | { kind: 'booking'; code?: string };

export function KioskApp({ settings }: { settings: KioskSettings }) {
  const api = useMemo(() => createApi(), []);
  const [lang, setLang] = useLang();
  const live = useLive('kiosk');
  const { services, failed, reload } = useServices(api, {
    services: live.state?.services,
    requestSnapshot: live.requestSnapshot,
  });
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const attempt = useRef(0);
  const timeZone = live.state?.office.timezone ?? DEFAULT_TIME_ZONE;
  const card = useCardSession(timeZone);
  /** A new citizen's card on a finished screen (their predecessor's ticket) starts over. */
  const newCitizen = () => setScreen((now) => (now.kind === 'ticket' || now.kind === 'error' ? { kind: 'start' } : now));
  const { devices, statuses } = useShellDevices({
    onCard: (event) => {
      if (card.onCard(event)) newCitizen();
    },
    // Other scans (a booking's QR) belong to the booking check-in.
    onScan: (event) => {
      if (card.onScanText(event.text)) newCitizen();
      else deliverScan(event.text);
    },
  });
  useBookingScan(screen.kind === 'start', (code) => setScreen({ kind: 'booking', code }));
  const printer = useMemo(() => createTicketPrinter({ devices }), [devices]);
  const readerReady = statuses.some((s) => s.kind === 'card-reader' && s.state === 'ready');

  useEffect(() => {
    document.title = `${M.pageTitle.th} / ${M.pageTitle.en}`;
  }, []);

  /** Back to the service list for the same citizen ("Back", "Back to start"). */
  const goHome = () => {
    attempt.current++; // drops the answer of an issue still in flight
    setScreen({ kind: 'start' });
    reload();
  };
  /** Done, or nobody touched the screen: the next citizen starts in Thai. */
  const finish = () => {
    goHome();
    setLang('th');
    card.clear();
  };

  const showTicket = (ticket: Ticket) => {
    setScreen({ kind: 'ticket', ticket, print: 'printing' });
    // Printed once per ticket, from here and not from an effect, so nothing can print it twice.
    void printer
      .print(ticket.trackingCode)
      .then((print) => setScreen((now) => (now.kind === 'ticket' && now.ticket.id === ticket.id ? { ...now, print } : now)));
  };

  const issue = (request: IssueRequest) => {
    const mine = ++attempt.current;
    setScreen({ kind: 'issuing', request });
    issueTicket(api, request).then(
      (ticket) => {
        if (mine !== attempt.current) return;
        showTicket(ticket);
      },
      (err: unknown) => {
        if (mine !== attempt.current) return;
        const code = errorCode(err);
        setScreen({ kind: 'error', code, retry: code === 'hub-unreachable' ? request : null });
      },
    );
  };

  const serviceById = (id: number): Service | undefined => services?.find((s) => s.id === id);

  let body;
  switch (screen.kind) {
    case 'start':
      body = (
        <ServiceList
          services={services}
          failed={failed}
          lang={lang}
          idleMs={settings.idleMs}
          onIdle={finish}
          onChoose={(s) => setScreen({ kind: 'service', serviceId: s.id })}
          onRetry={reload}
        />
      );
      break;
    case 'service': {
      const service = serviceById(screen.serviceId);
      body = service ? (
        <ServiceDetail
          key={card.card.kind === 'none' ? 'walk-in' : card.card.id}
          service={service}
          {...(card.card.kind === 'citizen' && card.card.elderly ? { initialPriority: 'elderly' as const } : {})}
          lang={lang}
          idleMs={settings.idleMs}
          onBack={goHome}
          onIdle={finish}
          onIssue={(priority: Priority) => issue({ serviceId: service.id, priority, key: newIdempotencyKey() })}
        />
      ) : (
        <ErrorView code="service-not-found" lang={lang} idleMs={settings.idleMs} onHome={goHome} onIdle={finish} />
      );
      break;
    }
    case 'issuing':
      body = <IssuingView lang={lang} />;
      break;
    case 'booking':
      body = (
        <BookingCheckIn
          lang={lang}
          idleMs={settings.idleMs}
          initialCode={screen.code}
          onTicket={showTicket}
          onBack={goHome}
          onIdle={finish}
        />
      );
      break;
    case 'ticket':
      body = (
        <TicketView
          ticket={screen.ticket}
          service={serviceById(screen.ticket.serviceId)}
          lang={lang}
          timeZone={timeZone}
          print={screen.print}
          // A citizen left without paper needs time to photograph the number and QR.
          idleMs={screen.print === 'failed' ? settings.ticketIdleMs * 2 : settings.ticketIdleMs}
          onDone={finish}
        />
      );
      break;
    case 'error': {
      const retry = screen.retry;
      body = (
        <ErrorView
          code={screen.code}
          lang={lang}
          idleMs={settings.idleMs}
          onHome={goHome}
          onIdle={finish}
          {...(retry ? { onRetry: () => issue(retry) } : {})}
        />
      );
      break;
    }
  }

  return (
    <div className="kiosk" data-screen={screen.kind}>
      <Header lang={lang} onLang={setLang} office={live.state?.office.name} timeZone={timeZone} />
      <OfflineBanner status={live.status} text={M.offline[lang]} />
      {(screen.kind === 'start' || screen.kind === 'service') && (
        <CardBanner card={card.card} readerReady={readerReady} lang={lang} />
      )}
      {screen.kind === 'start' && <BookingButton lang={lang} onClick={() => setScreen({ kind: 'booking' })} />}
      <main className="kiosk-main">{body}</main>
      <DeviceNotice statuses={statuses} lang={lang} />
    </div>
  );
}
