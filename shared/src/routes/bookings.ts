// Bookings (docs/portal.md): free slots, booking one for a submitted request, cancelling, the
// kiosk's check-in; and the portal's suggestions.
import { IdParams } from '../http.js';
import {
  BookBody,
  BookingResponse,
  CheckInBody,
  CheckInResponse,
  FeedbackBody,
  FeedbackResponse,
  SlotsQuery,
  SlotsResponse,
} from '../portal.js';
import { defineRoute } from './spec.js';

const tags = ['citizens'];

export const bookingRoutes = {
  slots: defineRoute({
    method: 'GET',
    path: '/bookings/slots',
    access: 'public',
    tags: ['bookings'],
    description: 'Bookable 15-minute slots of a service on working days from today for two weeks (counts only).',
    query: SlotsQuery,
    answer: SlotsResponse,
    errors: ['bad-request', 'service-not-found'],
  }),
  book: defineRoute({
    method: 'POST',
    path: '/requests/:id/booking',
    access: 'citizen',
    tags: ['bookings'],
    description: 'Books a slot for a submitted request. The booking code (QR text OSSB:<code>) checks in at the kiosk.',
    params: IdParams,
    body: BookBody,
    answer: BookingResponse,
    status: 201,
    errors: [
      'bad-request',
      'unauthorized',
      'request-not-found',
      'request-not-submitted',
      'request-already-booked',
      'slot-unavailable',
      'slot-full',
      'too-many-bookings',
      'service-closed',
    ],
  }),
  cancelBooking: defineRoute({
    method: 'POST',
    path: '/bookings/:id/cancel',
    access: 'citizen',
    tags: ['bookings'],
    params: IdParams,
    answer: BookingResponse,
    errors: ['bad-request', 'unauthorized', 'booking-not-found', 'booking-used', 'booking-cancelled'],
  }),
  checkIn: defineRoute({
    method: 'POST',
    path: '/bookings/check-in',
    access: 'public',
    tags: ['bookings'],
    description:
      "The kiosk checks a booking in with its code (typed, or the QR's OSSB:<code>): 201 with the ticket, whose " +
      'appointmentAt is the slot. 404 booking-not-found; 409 booking-wrong-day, booking-used, booking-cancelled.',
    body: CheckInBody,
    answer: CheckInResponse,
    status: 201,
    errors: [
      'bad-request',
      'booking-not-found',
      'service-not-found',
      'booking-wrong-day',
      'booking-used',
      'booking-cancelled',
      'service-closed',
      'daily-cap-reached',
      'rate-limited',
    ],
  }),
  feedback: defineRoute({
    method: 'POST',
    path: '/feedback',
    access: 'public',
    tags,
    description: 'A suggestion about a service (serviceId) or the office (none).',
    body: FeedbackBody,
    answer: FeedbackResponse,
    status: 201,
    errors: ['bad-request', 'service-not-found', 'rate-limited'],
  }),
};
