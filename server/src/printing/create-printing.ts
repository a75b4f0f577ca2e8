// Printing's part of the hub, built from the configuration: the printer (if any), the alerts and
// the service the routes use. createHub calls this; nothing here opens a connection until a print.
import { LINE_QR_CAPTION, ticketLineUrl } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { Queue } from '../queue/queue.js';
import { PrinterAlerts } from './alerts.js';
import { PrintService, type PrintServiceDeps, type QrChoice } from './print-service.js';
import { parsePrinterUrl } from './printer-config.js';

export interface PrintingDeps {
  queue: Queue;
  clock: Clock;
  /** OSS_PRINTER, e.g. `tcp://10.0.0.50:9100?width=576&mode=raster`; a bad value throws ConfigError. */
  printer: string | undefined;
  publicUrl: string | undefined;
  /** With the LINE webhook on, the QR opens the office's chat with the code (docs/design.md §6.2). */
  line?: { basicId?: string; channelSecret?: string } | undefined;
  log?: PrintServiceDeps['log'];
}

export function createPrinting({ queue, clock, printer, publicUrl, line, log }: PrintingDeps) {
  const alerts = new PrinterAlerts(clock);
  const target = printer ? parsePrinterUrl(printer) : null;
  // The chat link only where the hub can hear the message it prefills; else the tracker page.
  const basicId = line?.channelSecret ? line.basicId : undefined;
  const qr: QrChoice | undefined = basicId
    ? (ticket) => ({ payload: ticketLineUrl(basicId, ticket.trackingCode), caption: LINE_QR_CAPTION })
    : undefined;
  const service = new PrintService({ queue, printer: target, alerts, publicUrl, ...(qr ? { qr } : {}), ...(log ? { log } : {}) });
  return { alerts, service };
}
