// A request as its citizen sees it: the service, documents, the booking and the ticket it led to.
import type { Booking, ServiceRequest } from '@oss/shared';
import type { BookingRepo, BookingRow } from '../bookings/booking-repo.js';
import type { Queue } from '../queue/queue.js';
import { rowToDocument, type DocumentRepo } from '../uploads/document-repo.js';
import type { RequestRow } from './request-repo.js';

export interface RequestViewDeps {
  queue: Queue;
  documents: DocumentRepo;
  bookings: BookingRepo;
}

export function bookingView(queue: Queue, b: BookingRow): Booking {
  const ticket = b.ticket_id === null ? undefined : queue.tickets.byId(b.ticket_id);
  return {
    id: b.id,
    code: b.code,
    requestId: b.request_id,
    serviceId: b.service_id,
    slotAt: new Date(b.slot_at).toISOString(),
    businessDay: b.business_day,
    status: b.status,
    trackingCode: ticket?.tracking_code ?? null,
    ticketNumber: ticket?.number ?? null,
  };
}

export function requestView({ queue, documents, bookings }: RequestViewDeps, r: RequestRow): ServiceRequest {
  const service = queue.services().find((s) => s.id === r.service_id);
  const booking = bookings.latestForRequest(r.id);
  const ticket = r.ticket_id === null ? undefined : queue.tickets.byId(r.ticket_id);
  return {
    id: r.id,
    serviceId: r.service_id,
    service: { code: service?.code ?? '?', name: service?.name ?? { th: '', en: '' } },
    subject: r.subject,
    details: r.details,
    contact: r.contact,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at).toISOString(),
    documents: documents.forRequest(r.id).map(rowToDocument),
    documentsNeeded: service?.documents ?? [],
    booking: booking ? bookingView(queue, booking) : null,
    ticket: ticket ? { id: ticket.id, number: ticket.number, trackingCode: ticket.tracking_code, status: ticket.status } : null,
  };
}
