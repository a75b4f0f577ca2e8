// Booking a time for a submitted request, cancelling it, and checking it in at the kiosk: the
// check-in issues the ticket with appointmentAt = the slot, so an on-time arrival goes before
// walk-ins (docs/design.md §3.5).
import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET, businessDayOf, formatDate, type Booking, type SlotsResponse, type Ticket } from '@oss/shared';
import type { CitizenRecord } from '../citizens/citizen-repo.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { isConstraint } from '../db/sqlite-errors.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { RequestRepo } from '../requests/request-repo.js';
import { bookingView } from '../requests/request-view.js';
import type { Requests } from '../requests/requests.js';
import type { BookingLine } from './booking-line.js';
import type { BookingRepo } from './booking-repo.js';
import { isSlot, listSlots, slotCapacity } from './slots.js';

// The tracking codes' alphabet (no 0/O, 1/I/L). 10 characters ≈ 49 bits.
const CODE_LENGTH = 10;

export function newBookingCode(): string {
  // Rejection sampling keeps every character equally likely.
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const b of randomBytes(16)) {
      if (b < 248 && code.length < CODE_LENGTH) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return code;
}

export interface BookingsDeps {
  db: Db;
  queue: Queue;
  clock: Clock;
  timeZone: string;
  bookings: BookingRepo;
  requests: RequestRepo;
  requestService: Requests;
  line: BookingLine;
  /** Bookings one citizen may hold at a time (OSS_CITIZEN_MAX_BOOKINGS). */
  maxLiveBookings: number;
}

export class Bookings {
  constructor(private readonly deps: BookingsDeps) {}

  slots(serviceId: number): SlotsResponse {
    const service = this.deps.queue.services().find((s) => s.id === serviceId && s.active);
    if (!service) throw notFound('service-not-found', 'Service');
    return listSlots(this.deps, service, this.deps.clock.now());
  }

  book(citizen: CitizenRecord, requestId: number, slotAt: number): Booking {
    const { db, queue, clock, timeZone, bookings, requestService, line, maxLiveBookings } = this.deps;
    for (let attempt = 0; ; attempt++) {
      try {
        return db
          .transaction(() => {
            const r = requestService.assertBookable(citizen, requestId, bookings);
            const service = queue.services().find((s) => s.id === r.service_id && s.active);
            if (!service) throw conflict('service-closed', 'This service is not taking bookings');
            const now = clock.now();
            if (!isSlot(service, slotAt, now, timeZone)) {
              throw conflict('slot-unavailable', 'That time cannot be booked: choose one of the listed times');
            }
            if (bookings.countAt(service.id, slotAt) >= slotCapacity(queue, service.id)) {
              throw conflict('slot-full', 'That time was just taken: choose another');
            }
            // In the booking's transaction: parallel requests cannot all pass the count.
            if (bookings.liveCount(citizen.id, businessDayOf(now, timeZone)) >= maxLiveBookings) {
              throw conflict(
                'too-many-bookings',
                `One person may hold at most ${maxLiveBookings} bookings at a time; cancel one to book another`,
              );
            }
            const row = bookings.insert({
              code: newBookingCode(),
              request_id: r.id,
              citizen_id: citizen.id,
              service_id: service.id,
              slot_at: slotAt,
              business_day: businessDayOf(new Date(slotAt), timeZone),
              created_at: now.getTime(),
            });
            line.confirmed(row, now.getTime());
            return bookingView(queue, row);
          })
          .immediate();
      } catch (err) {
        // A code collision (≈ never): draw another.
        if (attempt < 3 && isConstraint(err, 'UNIQUE')) continue;
        throw err;
      }
    }
  }

  cancel(citizen: CitizenRecord, bookingId: number): Booking {
    const { db, queue, clock, bookings } = this.deps;
    return db
      .transaction(() => {
        const b = bookings.byId(bookingId);
        if (!b || b.citizen_id !== citizen.id) throw notFound('booking-not-found', 'Booking');
        if (b.status === 'checked-in') throw conflict('booking-used', 'This booking was checked in already');
        bookings.cancel(b.id, clock.now().getTime());
        return bookingView(queue, bookings.byId(b.id)!);
      })
      .immediate();
  }

  /** The kiosk's check-in with a scanned or typed code. */
  checkIn(code: string): Ticket {
    const { db, queue, clock, timeZone, bookings, requests, line } = this.deps;
    return db
      .transaction(() => {
        const b = bookings.byCode(code);
        if (!b) throw notFound('booking-not-found', 'Booking');
        if (b.status === 'cancelled') throw conflict('booking-cancelled', 'This booking was cancelled');
        if (b.status === 'checked-in') throw conflict('booking-used', 'This booking was checked in already');
        const today = queue.businessDay();
        if (b.business_day !== today) {
          const day = new Date(b.slot_at);
          throw new AppError(
            409,
            'booking-wrong-day',
            `This booking is for ${formatDate(day, 'en', timeZone)} (${formatDate(day, 'th', timeZone)}), not today`,
          );
        }
        const { ticket } = queue.issue({ serviceId: b.service_id, channel: 'web', appointmentAt: b.slot_at });
        const now = clock.now().getTime();
        bookings.checkIn(b.id, ticket.id, now);
        requests.setTicket(b.request_id, ticket.id);
        line.followTicket(b.citizen_id, ticket.id, now);
        return ticket;
      })
      .immediate();
  }
}
