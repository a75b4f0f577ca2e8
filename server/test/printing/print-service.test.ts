import { describe, expect, it } from 'vitest';
import { LINE_QR_CAPTION, ticketLineUrl, TRACKER_QR_CAPTION, type TicketLayout } from '@oss/shared';
import { AppError } from '../../src/errors.js';
import { PrinterAlerts } from '../../src/printing/alerts.js';
import { createPrinting } from '../../src/printing/create-printing.js';
import { PrinterError, type PrintOutcome } from '../../src/printing/network-printer.js';
import { PrintService, PUBLIC_PRINTS_PER_TICKET } from '../../src/printing/print-service.js';
import { parsePrinterUrl } from '../../src/printing/printer-config.js';
import { queueFixture } from '../queue-fixture.js';

const ORIGIN = 'http://10.0.0.5:8080';
const qrOf = (layout: TicketLayout) => layout.lines.find((l) => l.kind === 'qr');
const textsOf = (layout: TicketLayout) => layout.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));

describe('what the QR opens', () => {
  it('the tracker page at OSS_PUBLIC_URL, else at the address the kiosk used', () => {
    const { queue, clock, issue } = queueFixture();
    const t = issue('A');
    const withUrl = createPrinting({ queue, clock, printer: undefined, publicUrl: 'https://q.example/' });
    expect(qrOf(withUrl.service.layout(t.trackingCode, ORIGIN))).toEqual({
      kind: 'qr',
      payload: `https://q.example/t/${t.trackingCode}`,
    });
    const without = createPrinting({ queue, clock, printer: undefined, publicUrl: undefined });
    const layout = without.service.layout(t.trackingCode, ORIGIN);
    expect(qrOf(layout)).toEqual({ kind: 'qr', payload: `${ORIGIN}/t/${t.trackingCode}` });
    expect(textsOf(layout)).toContain(TRACKER_QR_CAPTION.th);
  });

  it('the office LINE chat with the code, when the hub can hear that chat (webhook secret set)', () => {
    const { queue, clock, issue } = queueFixture();
    const t = issue('A');
    const line = createPrinting({
      queue,
      clock,
      printer: undefined,
      publicUrl: undefined,
      line: { basicId: '@oss-msk', channelSecret: 's' },
    });
    const layout = line.service.layout(t.trackingCode, ORIGIN);
    expect(qrOf(layout)).toEqual({ kind: 'qr', payload: ticketLineUrl('@oss-msk', t.trackingCode) });
    expect(textsOf(layout)).toContain(LINE_QR_CAPTION.th);
    // A basic ID alone (no webhook) would prefill a message nobody reads: the tracker instead.
    const noWebhook = createPrinting({ queue, clock, printer: undefined, publicUrl: undefined, line: { basicId: '@oss-msk' } });
    expect(qrOf(noWebhook.service.layout(t.trackingCode, ORIGIN))).toEqual({
      kind: 'qr',
      payload: `${ORIGIN}/t/${t.trackingCode}`,
    });
  });
});

describe('print service', () => {
  function service(send: (job: Buffer) => Promise<PrintOutcome>) {
    const fixture = queueFixture();
    const alerts = new PrinterAlerts(fixture.clock);
    const printer = parsePrinterUrl('tcp://192.0.2.1:9100');
    const printing = new PrintService({
      queue: fixture.queue,
      printer,
      alerts,
      publicUrl: undefined,
      send: (_t, job) => send(job),
    });
    return { ...fixture, alerts, printing };
  }

  it('counts the kiosk prints of a ticket per business day', async () => {
    const { printing, issue, clock } = service(async () => ({ paper: 'ok' }));
    const t = issue('A');
    for (let i = 0; i < PUBLIC_PRINTS_PER_TICKET; i++) await printing.printTracked(t.trackingCode, ORIGIN);
    await expect(printing.printTracked(t.trackingCode, ORIGIN)).rejects.toMatchObject({ status: 429, code: 'rate-limited' });
    // Staff may still reprint; the next day the count starts again.
    await printing.reprint(t.id, ORIGIN);
    clock.advance(24 * 3600_000);
    await expect(printing.printTracked(t.trackingCode, ORIGIN)).resolves.toBeUndefined();
  });

  it('prints one job at a time', async () => {
    let running = 0;
    let most = 0;
    const { printing, issue } = service(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return { paper: 'ok' };
    });
    const tickets = [issue('A'), issue('A'), issue('B')];
    await Promise.all(tickets.map((t) => printing.printTracked(t.trackingCode, ORIGIN)));
    expect(most).toBe(1);
  });

  it('turns a printer fault into a 409 and an alert; a low roll prints with a warning', async () => {
    let next: () => Promise<PrintOutcome> = () => Promise.reject(new PrinterError('printer-out-of-paper', 'status 0x72'));
    const { printing, issue, alerts } = service(() => next());
    const t = issue('A');
    const err = await printing.printTracked(t.trackingCode, ORIGIN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 409, code: 'printer-out-of-paper' });
    expect(alerts.active().map((a) => a.code)).toEqual(['printer-out-of-paper']);
    next = async () => ({ paper: 'near-end' });
    await printing.reprint(t.id, ORIGIN);
    expect(alerts.active()).toMatchObject([{ code: 'printer-paper-low', level: 'warning', active: true }]);
    next = async () => ({ paper: 'ok' });
    await printing.reprint(t.id, ORIGIN);
    expect(alerts.active()).toEqual([]);
  });

  it('marks a staff reprint as a copy', () => {
    const { printing, issue } = service(async () => ({ paper: 'ok' }));
    const t = issue('A');
    expect(textsOf(printing.layout(t.trackingCode, ORIGIN, true))).toContain('สำเนา (พิมพ์ซ้ำ) · Reprint');
    expect(textsOf(printing.layout(t.trackingCode, ORIGIN))).not.toContain('สำเนา (พิมพ์ซ้ำ) · Reprint');
  });
});
