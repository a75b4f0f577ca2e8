// A booking's LINE messages (docs/line.md: booking.confirmed, booking.reminder) through the
// durable outbox, to the citizen's LINE users: the LINE Login account and whoever linked one of
// their tickets from the chat. Written in the caller's transaction; nothing when LINE is off.
import type { BookingRow } from './booking-repo.js';
import type { CitizenRepo } from '../citizens/citizen-repo.js';
import { bookingConfirmedMessage, bookingReminderMessage, type BookingInfo } from '../line/booking-messages.js';
import type { LinksRepo } from '../line/links-repo.js';
import type { OutboxRepo } from '../line/outbox-repo.js';
import type { Queue } from '../queue/queue.js';

export interface BookingLineDeps {
  /** LINE is on (OSS_LINE_CHANNEL_ACCESS_TOKEN): the relay will send what is queued. */
  enabled: boolean;
  outbox: OutboxRepo;
  links: LinksRepo;
  citizens: CitizenRepo;
  queue: Queue;
  timeZone: string;
  publicUrl: string | undefined;
}

export class BookingLine {
  constructor(private readonly deps: BookingLineDeps) {}

  confirmed(b: BookingRow, now: number): number {
    return this.enqueue(b, now, 'booking.confirmed');
  }

  reminder(b: BookingRow, now: number): number {
    return this.enqueue(b, now, 'booking.reminder');
  }

  /** The citizen's LINE Login user follows the new ticket: the usual alerts (called, done) reach them. */
  followTicket(citizenId: number, ticketId: number, now: number): void {
    const lineUserId = this.deps.citizens.byId(citizenId)?.lineUserId;
    if (lineUserId) this.deps.links.link(ticketId, lineUserId, now);
  }

  private enqueue(b: BookingRow, now: number, kind: 'booking.confirmed' | 'booking.reminder'): number {
    if (!this.deps.enabled) return 0;
    const users = this.deps.citizens.lineUsers(b.citizen_id);
    if (users.length === 0) return 0;
    const info = this.info(b);
    if (!info) return 0;
    const message = kind === 'booking.confirmed' ? bookingConfirmedMessage(info) : bookingReminderMessage(info);
    for (const lineUserId of users) {
      this.deps.outbox.enqueue({ lineUserId, ticketId: null, kind, messages: [message], now });
    }
    return users.length;
  }

  private info(b: BookingRow): BookingInfo | null {
    const service = this.deps.queue.services().find((s) => s.id === b.service_id);
    if (!service) return null;
    const base = this.deps.publicUrl?.replace(/\/+$/, '');
    return {
      service: service.name,
      at: new Date(b.slot_at),
      timeZone: this.deps.timeZone,
      reference: b.code,
      documents: service.documents,
      url: base ? `${base}/portal/requests/${b.request_id}` : null,
    };
  }
}
