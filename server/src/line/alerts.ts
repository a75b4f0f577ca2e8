// Turns queue changes into outbox rows, inside the change's own SQLite transaction
// (queue.onEventsInTransaction), so an alert exists exactly when its change committed. Only
// tickets someone follows on LINE get rows; with nobody linked this costs two indexed lookups.
import type { EventType, QueueEvent } from '@oss/shared';
import type { Queue } from '../queue/queue.js';
import type { MessageKind } from './kinds.js';
import type { LineLog } from './line-log.js';
import type { LinksRepo } from './links-repo.js';
import { ticketMessage, type TicketInfo } from './messages.js';
import type { OutboxRepo } from './outbox-repo.js';
import { infoFromRow, infoFromTicket } from './ticket-info.js';

type TicketKind = Extract<MessageKind, `ticket.${string}`>;

const EVENT_KINDS: Partial<Record<EventType, TicketKind>> = {
  'ticket.issued': 'ticket.issued',
  'ticket.called': 'ticket.called',
  'ticket.recalled': 'ticket.recalled',
  'ticket.completed': 'ticket.done',
  'ticket.cancelled': 'ticket.cancelled',
};

export interface AlertsDeps {
  queue: Queue;
  links: LinksRepo;
  outbox: OutboxRepo;
  /** Alert when this many tickets are left before the citizen's. */
  aheadAlert: number;
  publicUrl: string | undefined;
  log: LineLog;
}

export class LineAlerts {
  private readonly muted = new Set<number>();
  private wrote = false;

  constructor(private readonly deps: AlertsDeps) {}

  /** The writer for queue.onEventsInTransaction. */
  readonly write = (events: QueueEvent[]): void => {
    const { links, queue, publicUrl } = this.deps;
    let at: number | null = null;
    for (const event of events) {
      const ticket = event.ticket;
      if (!ticket) continue;
      at = Date.parse(event.at);
      const users = links.usersFor(ticket.id);
      if (users.length === 0) continue;
      // Out of the queue (called, finished): no "N ahead" is owed now, and the scan below stays short.
      if (ticket.status !== 'waiting' && ticket.status !== 'transferred') links.markAheadAlerted(ticket.id);
      const kind = EVENT_KINDS[event.type];
      if (!kind || (kind === 'ticket.cancelled' && this.muted.has(ticket.id))) continue;
      this.enqueue(kind, users, at, () => infoFromTicket(queue, ticket, publicUrl));
    }
    // Any ticket change can move others up their queue.
    if (at !== null) this.aheadAlerts(at);
  };

  /**
   * Runs fn (a change the citizen made from the chat) without its own push: the chat's reply
   * confirms it, free of quota. Synchronous, like the engine, so nothing else interleaves.
   */
  muteWhile<T>(ticketId: number, fn: () => T): T {
    this.muted.add(ticketId);
    try {
      return fn();
    } finally {
      this.muted.delete(ticketId);
    }
  }

  /** True once after rows were written: the relay is worth waking. */
  takeWritten(): boolean {
    const wrote = this.wrote;
    this.wrote = false;
    return wrote;
  }

  private aheadAlerts(now: number): void {
    const { queue, links, aheadAlert, publicUrl } = this.deps;
    for (const row of links.aheadDue()) {
      const ahead = queue.tickets.ahead(row);
      if (ahead > aheadAlert) continue;
      links.markAheadAlerted(row.id);
      this.enqueue('ticket.ahead', links.usersFor(row.id), now, () => infoFromRow(queue, row, ahead, publicUrl));
    }
  }

  private enqueue(kind: TicketKind, users: string[], now: number, info: () => TicketInfo): void {
    // An alert is worth less than the queue change: a failure here is logged, never thrown,
    // because throwing would roll the citizen's ticket change back.
    try {
      const t = info();
      const messages = [ticketMessage(kind, t)];
      for (const lineUserId of users) this.deps.outbox.enqueue({ lineUserId, ticketId: t.ticketId, kind, messages, now });
      this.wrote = true;
    } catch (err) {
      this.deps.log.error({ err, kind }, 'could not write a LINE alert to the outbox');
    }
  }
}
