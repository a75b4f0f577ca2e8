// Who waits for this counter, in calling order, with how long each has waited. Chips above the list
// count the waiting per service and narrow the list to one service.
import { pick, type Service, type Ticket } from '@oss/shared';
import { useState } from 'react';
import { t } from '../messages';
import { PriorityBadge } from './priority-badge';
import { serviceCode, serviceName, TicketList, Waited, type ListProps } from './ticket-lists';

interface Props extends ListProps {
  /** The services this counter serves, in its order. */
  serviceIds: number[];
  canCall: boolean;
  onCall: (t: Ticket) => void;
}

export function WaitingList({ tickets, services, serviceIds, now, lang, busy, canCall, onCall }: Props) {
  const [filter, setFilter] = useState<number | null>(null);
  const shown = filter === null ? tickets : tickets.filter((t) => t.serviceId === filter);
  const chips = serviceIds
    .map((id) => services.find((s) => s.id === id))
    .filter((s): s is Service => !!s)
    .map((s) => ({ service: s, count: tickets.filter((t) => t.serviceId === s.id).length }));

  const toolbar = chips.length > 1 && (
    <div className="chips" role="group" aria-label={t('filterByService', lang)} data-testid="waiting-filter">
      <button
        type="button"
        className="chip"
        aria-pressed={filter === null}
        onClick={() => setFilter(null)}
        data-testid="filter-all"
      >
        {t('allServices', lang)} <span className="chip-count">{tickets.length}</span>
      </button>
      {chips.map(({ service, count }) => (
        <button
          key={service.id}
          type="button"
          className="chip"
          aria-pressed={filter === service.id}
          title={pick(service.name, lang)}
          onClick={() => setFilter(filter === service.id ? null : service.id)}
          data-testid={`filter-${service.code}`}
        >
          {service.code} <span className="chip-count">{count}</span>
        </button>
      ))}
    </div>
  );

  return (
    <TicketList title="waitingList" testId="waiting-list" className="list-waiting" tickets={shown} lang={lang} toolbar={toolbar}>
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
