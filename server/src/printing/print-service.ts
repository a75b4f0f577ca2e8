// Printing on the hub: a ticket's layout from the queue's state, its bytes for the hub's network
// printer (one job at a time per printer), the counters' printer alert, and the kiosk's quota.
import { ticketLayout, trackerUrl, TRACKER_QR_CAPTION, type Localized, type Ticket, type TicketLayout } from '@oss/shared';
import { AppError, notFound } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { PrinterAlerts } from './alerts.js';
import type { EncodeProfile, encodeTicket as EncodeTicket } from './escpos-encoder.js';
import { PrinterError, printOverTcp, type PrintOutcome } from './network-printer.js';
import type { PrinterTarget } from './printer-config.js';
import type { PaperWidth, renderTicketPng as RenderTicketPng } from './raster.js';

/**
 * The drawing code (canvas, the Thai font, QR) loads on the first ticket drawn: a hub whose kiosks
 * print over USB, or that has no printer, never carries it in memory.
 */
let renderers: Promise<{ encodeTicket: typeof EncodeTicket; renderTicketPng: typeof RenderTicketPng }> | null = null;
function loadRenderers() {
  renderers ??= Promise.all([import('./escpos-encoder.js'), import('./raster.js')]).then(([encoder, raster]) => ({
    encodeTicket: encoder.encodeTicket,
    renderTicketPng: raster.renderTicketPng,
  }));
  return renderers;
}

/** Prints a citizen may ask for one ticket (the kiosk's first print and two retries). */
export const PUBLIC_PRINTS_PER_TICKET = 3;
/** Jobs waiting for one printer before more are refused: a dead printer must not pile up requests. */
const MAX_PENDING_JOBS = 8;
/** Rendered tickets kept: a screen asking again for an unchanged ticket costs no drawing. */
const RENDER_CACHE = 32;

export type QrChoice = (ticket: Ticket, trackerLink: string) => { payload: string; caption: Localized };

export interface PrintServiceDeps {
  queue: Queue;
  /** The hub's printer (OSS_PRINTER), or null when printing is left to the kiosks. */
  printer: PrinterTarget | null;
  alerts: PrinterAlerts;
  /** OSS_PUBLIC_URL: the base of QR links; without it, the address the kiosk reached the hub at. */
  publicUrl: string | undefined;
  /** What the QR opens; the tracker page unless the LINE part points it at the office's chat. */
  qr?: QrChoice;
  /** Sends a job; the network printer unless a test or another transport says otherwise. */
  send?: (target: PrinterTarget, job: Buffer) => Promise<PrintOutcome>;
  log?: { warn: (obj: object, msg: string) => void };
}

const trackerQr: QrChoice = (_ticket, link) => ({ payload: link, caption: TRACKER_QR_CAPTION });

const CLIENT_MESSAGES: Record<PrinterError['code'], string> = {
  'printer-out-of-paper': 'เครื่องพิมพ์บัตรคิวกระดาษหมด แจ้งเจ้าหน้าที่แล้ว — The ticket printer is out of paper; staff have been told',
  'printer-unavailable': 'เครื่องพิมพ์บัตรคิวไม่พร้อมใช้งาน แจ้งเจ้าหน้าที่แล้ว — The ticket printer is not available; staff have been told',
};

export class PrintService {
  private readonly queue: Queue;
  private readonly alerts: PrinterAlerts;
  private readonly qr: QrChoice;
  private readonly send: (target: PrinterTarget, job: Buffer) => Promise<PrintOutcome>;
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private quota = new Map<string, number>();
  private quotaDay = '';
  private readonly rendered = new Map<string, Buffer>();

  constructor(private readonly deps: PrintServiceDeps) {
    this.queue = deps.queue;
    this.alerts = deps.alerts;
    this.qr = deps.qr ?? trackerQr;
    this.send = deps.send ?? printOverTcp;
  }

  /** The layout of a ticket as it stands now (its place in the queue changes as others are served). */
  layout(trackingCode: string, origin: string, reprint = false): TicketLayout {
    const { ticket, service } = this.queue.track(trackingCode);
    const link = trackerUrl(this.deps.publicUrl ?? origin, ticket.trackingCode);
    return ticketLayout({ ticket, service, office: this.queue.office(), qr: this.qr(ticket, link), reprint });
  }

  async png(trackingCode: string, origin: string, width: PaperWidth): Promise<Buffer> {
    const layout = this.layout(trackingCode, origin);
    const { renderTicketPng } = await loadRenderers();
    return this.cached(`png:${width}`, layout, () => renderTicketPng(layout, width));
  }

  async escpos(trackingCode: string, origin: string, profile: EncodeProfile): Promise<Buffer> {
    return this.encode(this.layout(trackingCode, origin), profile);
  }

  private async encode(layout: TicketLayout, profile: EncodeProfile): Promise<Buffer> {
    const { encodeTicket } = await loadRenderers();
    return this.cached(`escpos:${profile.width}:${profile.mode}:${profile.codePage}`, layout, () =>
      encodeTicket(layout, profile),
    );
  }

  /** Drawing takes tens of milliseconds on the event loop; the same layout always gives the same bytes. */
  private cached(kind: string, layout: TicketLayout, render: () => Buffer): Buffer {
    const key = `${kind}:${JSON.stringify(layout)}`;
    let bytes = this.rendered.get(key);
    if (!bytes) {
      bytes = render();
      if (this.rendered.size >= RENDER_CACHE) this.rendered.delete(this.rendered.keys().next().value!);
      this.rendered.set(key, bytes);
    }
    return bytes;
  }

  /** The kiosk's print right after issue: a few per ticket, so a script cannot empty the roll. */
  async printTracked(trackingCode: string, origin: string): Promise<void> {
    const layout = this.layout(trackingCode, origin);
    const day = this.queue.businessDay();
    if (day !== this.quotaDay) {
      this.quota.clear();
      this.quotaDay = day;
    }
    const used = this.quota.get(trackingCode) ?? 0;
    if (used >= PUBLIC_PRINTS_PER_TICKET) {
      throw new AppError(429, 'rate-limited', `This ticket has been printed ${used} times; ask the staff for a copy`);
    }
    this.quota.set(trackingCode, used + 1);
    await this.print(layout);
  }

  /** Staff reprint: any ticket, marked as a copy. */
  async reprint(ticketId: number, origin: string): Promise<void> {
    const row = this.queue.tickets.byId(ticketId);
    if (!row) throw notFound('ticket-not-found', 'Ticket');
    await this.print(this.layout(row.tracking_code, origin, true));
  }

  private async print(layout: TicketLayout): Promise<void> {
    const target = this.deps.printer;
    if (!target) {
      throw new AppError(
        409,
        'printer-not-configured',
        'ศูนย์ยังไม่ได้ตั้งค่าเครื่องพิมพ์บัตรคิว — No ticket printer is set up on the hub (OSS_PRINTER)',
      );
    }
    if (this.pending >= MAX_PENDING_JOBS) {
      throw new AppError(409, 'printer-unavailable', CLIENT_MESSAGES['printer-unavailable']);
    }
    this.pending++;
    try {
      const job = await this.encode(layout, target.profile);
      // One job at a time: most network printers take one connection and make others wait or fail.
      const run = this.tail.then(() => this.send(target, job));
      this.tail = run.catch(() => undefined);
      const outcome = await run;
      if (outcome.paper === 'near-end') this.alerts.raise(target, 'printer-paper-low');
      else this.alerts.clear(target);
    } catch (err) {
      if (!(err instanceof PrinterError)) throw err;
      this.deps.log?.warn({ printer: target.label, detail: err.detail }, `ticket not printed: ${err.code}`);
      this.alerts.raise(target, err.code);
      throw new AppError(409, err.code, CLIENT_MESSAGES[err.code]);
    } finally {
      this.pending--;
    }
  }
}
