// The printed ticket as data (docs/design.md §5.1): what goes on the paper, in order, with no idea of how a
// printer draws it. The hub rasterises it for ESC/POS and a PNG preview; a kiosk screen can draw
// the same lines. Runs anywhere: no Node, no DOM.
import { z } from 'zod';
import type { Localized } from './domain.js';
import { formatDate, formatTime, formatWaitRange } from './format.js';
import { PRIORITY_LABELS } from './i18n.js';
import type { Ticket } from './ticket.js';

export type TicketTextSize = 'small' | 'normal' | 'large';
export type TicketAlign = 'left' | 'center' | 'right';

export type TicketLine =
  | { kind: 'text'; text: string; size: TicketTextSize; align: TicketAlign; bold: boolean }
  /** The ticket number, as large as the paper allows. */
  | { kind: 'number'; text: string }
  /** A QR code of this text (a URL), drawn as an image. */
  | { kind: 'qr'; payload: string }
  | { kind: 'separator' }
  /** Blank space, in text lines. */
  | { kind: 'feed'; lines: number }
  | { kind: 'cut' };

export interface TicketLayout {
  lines: TicketLine[];
}

export interface TicketLayoutInput {
  ticket: Pick<Ticket, 'number' | 'issuedAt' | 'priority' | 'position' | 'estimatedWait'>;
  service: { name: Localized };
  office: { name: Localized; timezone: string };
  /** What the QR opens: the ticket's tracker page, or the office's LINE chat with the code. */
  qr: { payload: string; caption: Localized };
  /** A copy printed again by staff: marked so that two papers for one number are explained. */
  reprint?: boolean;
}

/** The tracker page of a ticket (`/t/:trackingCode`), the default QR payload. */
export function trackerUrl(baseUrl: string, trackingCode: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/t/${encodeURIComponent(trackingCode)}`;
}

export const TRACKER_QR_CAPTION: Localized = {
  th: 'สแกนเพื่อติดตามคิวบนมือถือ',
  en: 'Scan to follow your queue on your phone',
};

/** When LINE is set up the QR opens the office's chat with the ticket's code, which links it. */
export const LINE_QR_CAPTION: Localized = {
  th: 'สแกนเพื่อติดตามคิวและรับแจ้งเตือนทาง LINE',
  en: 'Scan to follow your queue on LINE',
};

/**
 * PDPA: the paper carries no personal data, and the QR is the ticket's key (it can cancel it),
 * so the citizen is told to keep it.
 */
export const TICKET_PRIVACY_FOOTER: Localized = {
  th: 'บัตรคิวนี้ไม่มีข้อมูลส่วนบุคคล ผู้ที่มีคิวอาร์โค้ดนี้ดูและยกเลิกคิวได้ โปรดเก็บไว้กับตัว',
  en: 'No personal data is printed here. Anyone with this QR can see or cancel the ticket: keep it with you.',
};

const text = (value: string, size: TicketTextSize, opts: { bold?: boolean; align?: TicketAlign } = {}): TicketLine => ({
  kind: 'text',
  text: value,
  size,
  align: opts.align ?? 'center',
  bold: opts.bold ?? false,
});

/** "3 ahead of you · about 23–38 min", Thai and English; null when the ticket is not queued. */
function waitLines(ticket: TicketLayoutInput['ticket']): Localized | null {
  if (ticket.position === null || ticket.estimatedWait === null) return null;
  const ahead = ticket.position - 1;
  if (ahead === 0) return { th: 'ไม่มีคิวก่อนหน้า ใกล้ถึงคิวของคุณแล้ว', en: 'No one ahead of you: you are next' };
  return {
    th: `รอก่อนหน้าคุณ ${ahead} คิว · ${formatWaitRange(ticket.estimatedWait, 'th')}`,
    en: `${ahead} ahead of you · ${formatWaitRange(ticket.estimatedWait, 'en')}`,
  };
}

export function ticketLayout({ ticket, service, office, qr, reprint = false }: TicketLayoutInput): TicketLayout {
  const issued = new Date(ticket.issuedAt);
  const tz = office.timezone;
  const lines: TicketLine[] = [
    text(office.name.th, 'normal', { bold: true }),
    text(office.name.en, 'small'),
    { kind: 'separator' },
    text(service.name.th, 'large', { bold: true }),
    text(service.name.en, 'normal'),
    text('หมายเลขคิวของคุณ · Your number', 'small'),
    { kind: 'number', text: ticket.number },
  ];
  if (ticket.priority !== 'none') {
    const label = PRIORITY_LABELS[ticket.priority];
    lines.push(text(`${label.th} · ${label.en}`, 'normal', { bold: true }));
  }
  if (reprint) lines.push(text('สำเนา (พิมพ์ซ้ำ) · Reprint', 'small', { bold: true }));
  // Thai date in the Buddhist era, as Thai offices write it: "วันพุธที่ 25 พฤศจิกายน 2569 เวลา 14:05 น."
  lines.push(text(`${formatDate(issued, 'th', tz)} เวลา ${formatTime(issued, tz)} น.`, 'normal'));
  const wait = waitLines(ticket);
  if (wait) lines.push(text(wait.th, 'normal', { bold: true }), text(wait.en, 'small'));
  lines.push(
    { kind: 'separator' },
    { kind: 'qr', payload: qr.payload },
    text(qr.caption.th, 'normal'),
    text(qr.caption.en, 'small'),
    { kind: 'separator' },
    text(TICKET_PRIVACY_FOOTER.th, 'small'),
    text(TICKET_PRIVACY_FOOTER.en, 'small'),
    { kind: 'feed', lines: 1 },
    { kind: 'cut' },
  );
  return { lines };
}

/** The answer to a print request: it reached a printer that had paper. */
export const PrintResponse = z.object({ printed: z.literal(true) });
export type PrintResponse = z.infer<typeof PrintResponse>;
