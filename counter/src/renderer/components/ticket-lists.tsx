// The side lists: who waits for this counter (in calling order), what it parked, who did not come.
import { pick, type Lang, type Service, type Ticket } from '@oss/shared';
import type { ReactNode } from 'react';
import { ACTION_LABELS, t, type MessageKey } from '../messages';
import { minutesSince } from '../time';
import { PriorityBadge } from './priority-badge';

interface ListProps {
  tickets: Ticket[];
  services: Service[];
  now: Date;
  lang: Lang;
  busy: boolean;
}

function TicketList({
  title,
  testId,
  tickets,
  className,
  lang,
  children,
}: {
  title: MessageKey;
  testId: string;
  tickets: Ticket[];
  className: string;
  lang: Lang;
  children: (ticket: Ticket) => ReactNode;
}) {
  return (
    <section className={`list ${className}`} data-testid={testId}>
      <h2>
        {t(title, lang)}{' '}
        <span className="count" data-testid={`${testId}-count`}>
          {tickets.length}
        </span>
      </h2>
      {tickets.length === 0 ? (
        <p className="list-empty muted">{t('none', lang)}</p>
      ) : (
        <ol className="list-rows">{tickets.map((ticket) => children(ticket))}</ol>
      )}
    </section>
  );
}

function Waited({ iso, now, lang }: { iso: string; now: Date; lang: Lang }) {
  const min = minutesSince(iso, now) ?? 0;
  return (
    <span className={`waited${min >= 30 ? ' waited-long' : ''}`}>
      {min} {t('minutes', lang)}
    </span>
  );
}

function serviceCode(services: Service[], id: number): string {
  return services.find((s) => s.id === id)?.code ?? '?';
}

function serviceName(services: Service[], id: number, lang: Lang): string {
  const service = services.find((s) => s.id === id);
  return service ? `${service.code} ${pick(service.name, lang)}` : '';
}

export function WaitingList({
  tickets,
  services,
  now,
  lang,
  busy,
  canCall,
  onCall,
}: ListProps & { canCall: boolean; onCall: (t: Ticket) => void }) {
  return (
    <TicketList title="waitingList" testId="waiting-list" className="list-waiting" tickets={tickets} lang={lang}>
      {(ticket) => (
        <li key={ticket.id} className="row" data-testid={`waiting-${ticket.number}`}>
          <span className="row-number">{ticket.number}</span>
          <span className="row-service" title={serviceName(services, ticket.serviceId, lang)}>
            {serviceCode(services, ticket.serviceId)}
          </span>
          <PriorityBadge priority={ticket.priority} lang={lang} />
          {ticket.status === 'transferred' && <span className="badge badge-transfer">⇄</span>}
          <Waited iso={ticket.issuedAt} now={now} lang={lang} />
          <button
            type="button"
            className="btn btn-small btn-call"
            disabled={!canCall || busy}
            onClick={() => onCall(ticket)}
            data-testid={`call-${ticket.number}`}
          >
            {t('call', lang)}
          </button>
        </li>
      )}
    </TicketList>
  );
}

export function HeldList({
  tickets,
  services,
  now,
  lang,
  busy,
  canResume,
  onResume,
}: ListProps & { canResume: boolean; onResume: (t: Ticket) => void }) {
  return (
    <TicketList title="heldList" testId="held-list" className="list-held" tickets={tickets} lang={lang}>
      {(ticket) => (
        <li
          key={ticket.id}
          className="row"
          data-testid={`held-${ticket.number}`}
          title={serviceName(services, ticket.serviceId, lang)}
        >
          <span className="row-number">{ticket.number}</span>
          <PriorityBadge priority={ticket.priority} lang={lang} />
          <Waited iso={ticket.issuedAt} now={now} lang={lang} />
          <button
            type="button"
            className="btn btn-small"
            disabled={!canResume || busy}
            onClick={() => onResume(ticket)}
            data-testid={`resume-${ticket.number}`}
          >
            {pick(ACTION_LABELS.resume, lang)}
          </button>
        </li>
      )}
    </TicketList>
  );
}

export function NoShowList({ tickets, services, now, lang, busy, onReturn }: ListProps & { onReturn: (t: Ticket) => void }) {
  return (
    <TicketList title="noShowList" testId="noshow-list" className="list-noshow" tickets={tickets} lang={lang}>
      {(ticket) => (
        <li
          key={ticket.id}
          className="row"
          data-testid={`noshow-${ticket.number}`}
          title={serviceName(services, ticket.serviceId, lang)}
        >
          <span className="row-number">{ticket.number}</span>
          <Waited iso={ticket.issuedAt} now={now} lang={lang} />
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => onReturn(ticket)}
            data-testid={`return-${ticket.number}`}
          >
            {t('returnToQueue', lang)}
          </button>
        </li>
      )}
    </TicketList>
  );
}
