// A citizen's service requests: create (a generic form), submit, take a same-day ticket for one,
// cancel. Documents are in uploads/documents.ts, bookings in bookings/bookings.ts.
import type { RequestCreateBody, ServiceRequest, Ticket } from '@oss/shared';
import type { BookingLine } from '../bookings/booking-line.js';
import type { BookingRepo } from '../bookings/booking-repo.js';
import type { CitizenAccounts } from '../citizens/accounts.js';
import type { CitizenRecord } from '../citizens/citizen-repo.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { DocumentRepo } from '../uploads/document-repo.js';
import type { RequestRepo, RequestRow } from './request-repo.js';
import { requestView } from './request-view.js';

const LIST_LIMIT = 50;

export interface RequestsDeps {
  db: Db;
  queue: Queue;
  clock: Clock;
  requests: RequestRepo;
  documents: DocumentRepo;
  bookings: BookingRepo;
  accounts: CitizenAccounts;
  line: BookingLine;
  /** Drafts one citizen may have open (OSS_CITIZEN_MAX_DRAFTS): each can hold files. */
  maxDrafts: number;
  /** Same-day tickets one citizen may take in a business day (OSS_CITIZEN_MAX_TICKETS_PER_DAY). */
  maxTicketsPerDay: number;
}

export class Requests {
  constructor(private readonly deps: RequestsDeps) {}

  view(r: RequestRow): ServiceRequest {
    return requestView(this.deps, r);
  }

  /** The citizen's own request, or 404 (another citizen's request is as good as unknown). */
  own(citizen: CitizenRecord, id: number): RequestRow {
    const r = this.deps.requests.byId(id);
    if (!r || r.citizen_id !== citizen.id) throw notFound('request-not-found', 'Request');
    return r;
  }

  list(citizen: CitizenRecord): ServiceRequest[] {
    return this.deps.requests.forCitizen(citizen.id, LIST_LIMIT).map((r) => this.view(r));
  }

  create(citizen: CitizenRecord, body: RequestCreateBody): ServiceRequest {
    const { db, queue, requests, accounts, clock, maxDrafts } = this.deps;
    accounts.assertConsented(citizen);
    const service = queue.services().find((s) => s.id === body.serviceId && s.active);
    if (!service) throw notFound('service-not-found', 'Service');
    const row = db
      .transaction(() => {
        if (requests.draftCount(citizen.id) >= maxDrafts) {
          throw conflict(
            'too-many-drafts',
            `You can have at most ${maxDrafts} requests not yet submitted; submit or cancel one first`,
          );
        }
        return requests.insert({
          citizen_id: citizen.id,
          service_id: service.id,
          subject: body.subject,
          details: body.details,
          contact: body.contact,
          created_at: clock.now().getTime(),
        });
      })
      .immediate();
    return this.view(row);
  }

  submit(citizen: CitizenRecord, id: number): ServiceRequest {
    const { db, requests, clock } = this.deps;
    return db.transaction(() => {
      const r = this.own(citizen, id);
      if (r.status === 'cancelled') throw conflict('request-not-editable', 'This request was cancelled');
      if (r.status === 'draft') requests.setStatus(r.id, 'submitted', clock.now().getTime());
      return this.view(requests.byId(r.id)!);
    })();
  }

  /** A ticket for today in the service's queue (channel web), tied to the request. */
  sameDayTicket(citizen: CitizenRecord, id: number): { request: ServiceRequest; ticket: Ticket } {
    const { db, queue, requests, bookings, line, clock, maxTicketsPerDay } = this.deps;
    return db
      .transaction(() => {
        const r = this.assertBookable(citizen, id, bookings);
        // Counted in the same transaction as the issue, so parallel calls cannot pass together.
        if (requests.sameDayTicketCount(citizen.id, queue.businessDay()) >= maxTicketsPerDay) {
          throw conflict(
            'too-many-tickets',
            `One person may take at most ${maxTicketsPerDay} tickets a day here; take one at the kiosk in the office`,
          );
        }
        const { ticket } = queue.issue({ serviceId: r.service_id, channel: 'web' });
        requests.setTicket(r.id, ticket.id);
        line.followTicket(citizen.id, ticket.id, clock.now().getTime());
        return { request: this.view(requests.byId(r.id)!), ticket };
      })
      .immediate();
  }

  /** Withdraws the request: its booking is cancelled and a ticket still waiting leaves the queue. */
  cancel(citizen: CitizenRecord, id: number): ServiceRequest {
    const { db, queue, requests, bookings, clock } = this.deps;
    return db
      .transaction(() => {
        const r = this.own(citizen, id);
        if (r.status === 'cancelled') return this.view(r);
        const booking = bookings.liveForRequest(r.id);
        if (booking?.status === 'booked') bookings.cancel(booking.id, clock.now().getTime());
        if (r.ticket_id !== null) {
          const t = queue.tickets.byId(r.ticket_id);
          if (t && (t.status === 'waiting' || t.status === 'transferred')) queue.act(t.id, 'cancel', null);
        }
        requests.setStatus(r.id, 'cancelled');
        return this.view(requests.byId(r.id)!);
      })
      .immediate();
  }

  /** Submitted, not cancelled, without a ticket or a live booking yet. */
  assertBookable(citizen: CitizenRecord, id: number, bookings: BookingRepo): RequestRow {
    const r = this.own(citizen, id);
    if (r.status !== 'submitted') {
      throw new AppError(409, 'request-not-submitted', 'Submit the request before taking a ticket or booking a time');
    }
    if (r.ticket_id !== null || bookings.liveForRequest(r.id)) {
      throw conflict('request-already-booked', 'This request already has a ticket or a booking');
    }
    return r;
  }
}
