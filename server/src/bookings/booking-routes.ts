// Bookings: free slots, booking one for a submitted request, cancelling, and the kiosk's check-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BookBody,
  bookingCodeFromText,
  BookingResponse,
  CheckInBody,
  CheckInResponse,
  ErrorBody,
  IdParams,
  SlotsQuery,
  SlotsResponse,
} from '@oss/shared';
import { notFound } from '../errors.js';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody };
const tags = ['bookings'];

export const bookingRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { sessions, bookings, limits }) => {
  const onRequest = sessions.require();

  app.get(
    '/bookings/slots',
    {
      schema: {
        tags,
        description: 'Bookable 15-minute slots of a service on working days from today for two weeks (counts only).',
        querystring: SlotsQuery,
        response: { 200: SlotsResponse, ...errors },
      },
    },
    async (request) => bookings.slots(request.query.serviceId),
  );

  app.post(
    '/requests/:id/booking',
    {
      schema: {
        tags,
        description: 'Books a slot for a submitted request. The booking code (QR text OSSB:<code>) checks in at the kiosk.',
        params: IdParams,
        body: BookBody,
        response: { 201: BookingResponse, ...errors },
      },
      onRequest,
    },
    async (request, reply) =>
      reply.status(201).send({ booking: bookings.book(request.citizen!, request.params.id, Date.parse(request.body.slotAt)) }),
  );

  app.post(
    '/bookings/:id/cancel',
    { schema: { tags, params: IdParams, response: { 200: BookingResponse, ...errors } }, onRequest },
    async (request) => ({ booking: bookings.cancel(request.citizen!, request.params.id) }),
  );

  app.post(
    '/bookings/check-in',
    {
      schema: {
        tags,
        description:
          "The kiosk checks a booking in with its code (typed, or the QR's OSSB:<code>): 201 with the ticket, whose " +
          'appointmentAt is the slot. 404 booking-not-found; 409 booking-wrong-day, booking-used, booking-cancelled.',
        body: CheckInBody,
        response: { 201: CheckInResponse, ...errors },
      },
    },
    async (request, reply) => {
      // Codes are unguessable; the limit keeps anyone from trying.
      limits.checkIn.hit(request.ip);
      const code = bookingCodeFromText(request.body.code);
      if (!code) throw notFound('booking-not-found', 'Booking');
      return reply.status(201).send({ ticket: bookings.checkIn(code) });
    },
  );
};
