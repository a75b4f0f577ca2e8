// The lists under the current ticket: what this counter parked, who did not come; the frame and
// cells the waiting list (waiting-list.tsx) shares.
import { pick, type Lang, type Service, type Ticket } from '@oss/shared';
import type { ReactNode } from 'react';
import { ACTION_LABELS, t, type MessageKey } from '../messages';
import { minutesSince } from '../time';
import { PriorityBadge } from './priority-badge';

export interface ListProps {
  tickets: Ticket[];
  services: Service[];
  now: Date;
  lang: Lang;
  busy: boolean;
}

export function TicketList({
  title,
  testId,
  tickets,
  className,
  lang,
  toolbar,
  children,
}: {
  title: MessageKey;
  testId: string;
  tickets: Ticket[];
  className: string;
  lang: Lang;
  /** Shown under the title, e.g. the waiting list's service filter. */
  toolbar?: ReactNode;
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
      {toolbar}
      {tickets.length === 0 ? (
        <p className="list-empty muted">{t('none', lang)}</p>
      ) : (
        <ol className="list-rows">{tickets.map((ticket) => children(ticket))}</ol>
      )}
    </section>
  );
}

export function Waited({ iso, now, lang }: { iso: string; now: Date; lang: Lang }) {
  const min = minutesSince(iso, now) ?? 0;
  return (
    <span className={`waited${min >= 30 ? ' waited-long' : ''}`}>
      {min} {t('minutes', lang)}
    </span>
  );
}

export function serviceCode(services: Service[], id: number): string {
  return services.find((s) => s.id === id)?.code ?? '?';
}

export function serviceName(services: Service[], id: number, lang: Lang): string {
  const service = services.find((s) => s.id === id);
  return service ? `${service.code} ${pick(service.name, lang)}` : '';
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
