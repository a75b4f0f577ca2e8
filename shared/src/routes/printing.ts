// Printing by tracking code (docs/printing.md): the kiosk's print after issue, the ticket as PNG and
// as ESC/POS bytes, and a kiosk's report of its own USB printer.
import { KioskPrinterReport, KioskPrinterReportResponse } from '../events.js';
import { TrackingCodeParams } from '../http.js';
import { ProfileQuery } from '../printer-profile.js';
import { PrintResponse } from '../ticket-layout.js';
import { defineRoute, fileAnswer } from './spec.js';

const tags = ['printing'];
const printer = ['ticket-not-found', 'printer-not-configured', 'printer-unavailable', 'printer-out-of-paper'] as const;

export const TicketPngQuery = ProfileQuery.pick({ width: true });
export const TicketEscposQuery = ProfileQuery.pick({ width: true, mode: true, codepage: true });

export const printingRoutes = {
  reportKioskPrinter: defineRoute({
    method: 'POST',
    path: '/alerts/printer',
    access: 'public',
    tags,
    description:
      'A kiosk reports its own (USB) printer: a printer-* fault raises the counters’ alert for that kiosk, printer-ok clears it. Office network only; rate-limited per address.',
    body: KioskPrinterReport,
    answer: KioskPrinterReportResponse,
    errors: ['bad-request', 'forbidden', 'rate-limited'],
  }),
  printTracked: defineRoute({
    method: 'POST',
    path: '/tickets/track/:trackingCode/print',
    access: 'public',
    tags,
    description: `Print the ticket on the hub's printer (OSS_PRINTER). At most 3 per ticket; staff can reprint. A printer fault is 409 printer-unavailable or printer-out-of-paper: show the number and QR on screen.`,
    params: TrackingCodeParams,
    answer: PrintResponse,
    errors: [...printer, 'rate-limited'],
  }),
  ticketPng: defineRoute({
    method: 'GET',
    path: '/tickets/track/:trackingCode/ticket.png',
    access: 'public',
    tags,
    description: 'The ticket as printed (1-bit PNG, 576 or 384 dots wide).',
    params: TrackingCodeParams,
    query: TicketPngQuery,
    answer: fileAnswer('image/png'),
    errors: ['bad-request', 'ticket-not-found'],
  }),
  ticketEscpos: defineRoute({
    method: 'GET',
    path: '/tickets/track/:trackingCode/ticket.escpos',
    access: 'public',
    tags,
    description: 'The ticket as ESC/POS bytes for a printer the kiosk shell drives itself (USB).',
    params: TrackingCodeParams,
    query: TicketEscposQuery,
    answer: fileAnswer('application/octet-stream'),
    errors: ['bad-request', 'ticket-not-found'],
  }),
};
