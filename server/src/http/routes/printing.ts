// Printing over HTTP: the kiosk's print after issue, the staff reprint, the ticket as PNG (for the
// kiosk screen when the printer fails) and as ESC/POS bytes (for a kiosk shell's USB printer),
// and the counters' alerts. A printer fault is answered 409 with a printer-* code, never 5xx.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';
import { DEFAULT_PROFILE, profileFrom } from '../../printing/printer-config.js';

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The hub's address as the caller reached it: the base of QR links when OSS_PUBLIC_URL is unset. */
function originOf(request: FastifyRequest): string {
  const host = HOST.test(request.host) ? request.host : 'localhost';
  return `${request.protocol}://${host}`;
}

export const printingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { printing, alerts, sessions }) => {
  const staff = requireRole(sessions, 'staff');

  route(app, routes.printTracked, {}, async (request) => {
    await printing.printTracked(request.params.trackingCode, originOf(request));
    return { printed: true as const };
  });

  route(app, routes.reprint, { onRequest: staff }, async (request) => {
    await printing.reprint(request.params.id, originOf(request));
    return { printed: true as const };
  });

  route(app, routes.ticketPng, {}, async (request, reply) => {
    const png = await printing.png(request.params.trackingCode, originOf(request), request.query.width ?? DEFAULT_PROFILE.width);
    // The place in the queue changes as others are served: never reuse an old picture.
    return reply.type('image/png').header('cache-control', 'no-store').send(png);
  });

  route(app, routes.ticketEscpos, {}, async (request, reply) => {
    const bytes = await printing.escpos(request.params.trackingCode, originOf(request), profileFrom(request.query));
    return reply.type('application/octet-stream').header('cache-control', 'no-store').send(bytes);
  });

  route(app, routes.alerts, { onRequest: staff }, async () => ({ alerts: alerts.active() }));
};
