// Printing over HTTP: the kiosk's print after issue, the staff reprint, the ticket as PNG (for the
// kiosk screen when the printer fails) and as ESC/POS bytes (for a kiosk shell's USB printer),
// and the counters' alerts. A printer fault is answered 409 with a printer-* code, never 5xx.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AlertsResponse, ErrorBody, IdParams, PrintResponse, TrackingCodeParams } from '@oss/shared';
import type { Sessions } from '../auth/sessions.js';
import { requireRole } from '../http/context.js';
import { systemClock, type Clock } from '../clock.js';
import type { PrinterAlerts } from './alerts.js';
import { kioskPrinterRoutes } from './kiosk-printer-route.js';
import type { PrintService } from './print-service.js';
import { DEFAULT_PROFILE, ProfileQuery, profileFrom } from './printer-config.js';

export interface PrintingRouteDeps {
  printing: PrintService;
  alerts: PrinterAlerts;
  sessions: Sessions;
  /** For the kiosks' report limit; the system clock unless a test moves time. */
  clock?: Clock;
}

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The hub's address as the caller reached it: the base of QR links when OSS_PUBLIC_URL is unset. */
function originOf(request: FastifyRequest): string {
  const host = HOST.test(request.host) ? request.host : 'localhost';
  return `${request.protocol}://${host}`;
}

const WidthQuery = ProfileQuery.pick({ width: true });
const EscposQuery = ProfileQuery.pick({ width: true, mode: true, codepage: true });
const printErrors = { 404: ErrorBody, 409: ErrorBody };

export const printingRoutes: FastifyPluginAsyncZod<PrintingRouteDeps> = async (app, { printing, alerts, sessions, clock }) => {
  const staff = requireRole(sessions, 'staff');
  await app.register(kioskPrinterRoutes, { alerts, clock: clock ?? systemClock });

  app.post(
    '/tickets/track/:trackingCode/print',
    {
      schema: {
        tags: ['printing'],
        description: `Print the ticket on the hub's printer (OSS_PRINTER). At most 3 per ticket; staff can reprint. A printer fault is 409 printer-unavailable or printer-out-of-paper: show the number and QR on screen.`,
        params: TrackingCodeParams,
        response: { 200: PrintResponse, ...printErrors, 429: ErrorBody },
      },
    },
    async (request) => {
      await printing.printTracked(request.params.trackingCode, originOf(request));
      return { printed: true as const };
    },
  );

  app.post(
    '/tickets/:id/print',
    {
      schema: {
        tags: ['printing'],
        description: 'Staff reprint on the hub printer; the paper is marked as a copy.',
        params: IdParams,
        response: { 200: PrintResponse, 401: ErrorBody, 403: ErrorBody, ...printErrors },
      },
      onRequest: staff,
    },
    async (request) => {
      await printing.reprint(request.params.id, originOf(request));
      return { printed: true as const };
    },
  );

  app.get(
    '/tickets/track/:trackingCode/ticket.png',
    {
      schema: {
        tags: ['printing'],
        description: 'The ticket as printed (1-bit PNG, 576 or 384 dots wide).',
        params: TrackingCodeParams,
        querystring: WidthQuery,
        // No response schema: the body is bytes (errors still have the usual shape).
      },
    },
    async (request, reply) => {
      const png = await printing.png(
        request.params.trackingCode,
        originOf(request),
        request.query.width ?? DEFAULT_PROFILE.width,
      );
      // The place in the queue changes as others are served: never reuse an old picture.
      return reply.type('image/png').header('cache-control', 'no-store').send(png);
    },
  );

  app.get(
    '/tickets/track/:trackingCode/ticket.escpos',
    {
      schema: {
        tags: ['printing'],
        description: 'The ticket as ESC/POS bytes for a printer the kiosk shell drives itself (USB).',
        params: TrackingCodeParams,
        querystring: EscposQuery,
      },
    },
    async (request, reply) => {
      const bytes = await printing.escpos(request.params.trackingCode, originOf(request), profileFrom(request.query));
      return reply.type('application/octet-stream').header('cache-control', 'no-store').send(bytes);
    },
  );

  app.get(
    '/alerts',
    { schema: { tags: ['printing'], response: { 200: AlertsResponse, 401: ErrorBody, 403: ErrorBody } }, onRequest: staff },
    async () => ({ alerts: alerts.active() }),
  );
};
