// Bookings: free slots, booking one for a submitted request, cancelling, and the kiosk's check-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bookingCodeFromText, routes } from '@oss/shared';
import { notFound } from '../../errors.js';
import { route } from '../route.js';
import type { RouteDeps } from '../context.js';

export const bookingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: { sessions, bookings, limits } }) => {
  const onRequest = sessions.require();

  route(app, routes.slots, {}, async (request) => bookings.slots(request.query.serviceId));

  route(app, routes.book, { onRequest }, async (request, reply) =>
    reply.status(201).send({ booking: bookings.book(request.citizen!, request.params.id, Date.parse(request.body.slotAt)) }),
  );

  route(app, routes.cancelBooking, { onRequest }, async (request) => ({
    booking: bookings.cancel(request.citizen!, request.params.id),
  }));

  route(app, routes.checkIn, {}, async (request, reply) => {
    // Codes are unguessable; the limit keeps anyone from trying.
    limits.checkIn.hit(request.ip);
    const code = bookingCodeFromText(request.body.code);
    if (!code) throw notFound('booking-not-found', 'Booking');
    return reply.status(201).send({ ticket: bookings.checkIn(code) });
  });
};
