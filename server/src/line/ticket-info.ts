// The facts a LINE message about a ticket may carry, read from the queue's views (PDPA: number,
// service, counter, place in the queue, the citizen's own tracker link; nothing else).
import { type Localized, type Ticket } from '@oss/shared';
import type { Queue } from '../queue/queue.js';
import type { TicketRow } from '../tickets/ticket-repo.js';
import type { TicketInfo } from './messages.js';

const UNKNOWN: Localized = { th: '-', en: '-' };

function trackerUrl(publicUrl: string | undefined, trackingCode: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/t/${encodeURIComponent(trackingCode)}`;
}

function serviceName(queue: Queue, serviceId: number): Localized {
  return queue.services().find((s) => s.id === serviceId)?.name ?? UNKNOWN;
}

function counterName(queue: Queue, counterId: number): Localized {
  return queue.counters().find((c) => c.id === counterId)?.names ?? UNKNOWN;
}

/** From a ticket as the engine reports it in an event (its position is already worked out). */
export function infoFromTicket(queue: Queue, t: Ticket, publicUrl: string | undefined): TicketInfo {
  return {
    ticketId: t.id,
    number: t.number,
    status: t.status,
    service: serviceName(queue, t.serviceId),
    counter: t.counter ? counterName(queue, t.counter.id) : null,
    ahead: t.position === null ? null : t.position - 1,
    trackerUrl: trackerUrl(publicUrl, t.trackingCode),
  };
}

/** From a stored row, for a queued ticket whose place was just counted. */
export function infoFromRow(queue: Queue, row: TicketRow, ahead: number | null, publicUrl: string | undefined): TicketInfo {
  return {
    ticketId: row.id,
    number: row.number,
    status: row.status,
    service: serviceName(queue, row.service_id),
    counter: row.counter_id === null ? null : counterName(queue, row.counter_id),
    ahead,
    trackerUrl: trackerUrl(publicUrl, row.tracking_code),
  };
}
