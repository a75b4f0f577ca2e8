// What the citizen reads in LINE about a ticket, Thai first. Only what they gave or were given for
// that ticket goes in: its number, service, counter and their own tracker link (PDPA).
import { STATUS_LABELS, type Localized, type TicketStatus } from '@oss/shared';
import { flex, link, postback, text, type ButtonSpec, type LineMessage, type QuickItem } from './flex.js';
import type { MessageKind } from './kinds.js';
import { encodePostback } from './postback-data.js';

export interface TicketInfo {
  ticketId: number;
  number: string;
  status: TicketStatus;
  service: Localized;
  counter: Localized | null;
  /** Tickets before this one while it waits, else null. */
  ahead: number | null;
  /** The ticket's tracker page when OSS_PUBLIC_URL is set, else null. */
  trackerUrl: string | null;
}

const CALL_ACCENT = '#B91C1C';

export const RATING_LABELS: Record<1 | 2 | 3 | 4 | 5, Localized> = {
  1: { th: 'ควรปรับปรุง', en: 'Poor' },
  2: { th: 'พอใช้', en: 'Fair' },
  3: { th: 'ดี', en: 'Good' },
  4: { th: 'ดีมาก', en: 'Very good' },
  5: { th: 'ดีเยี่ยม', en: 'Excellent' },
};
const SCORES = [1, 2, 3, 4, 5] as const;

const isQueued = (t: TicketInfo) => t.status === 'waiting' || t.status === 'transferred';

function aheadLine(ahead: number): Localized {
  if (ahead === 0) return { th: 'คุณเป็นคิวถัดไป', en: "You're next" };
  return { th: `รออีก ${ahead} คิว`, en: `${ahead} ahead of you` };
}

function counterLine(t: TicketInfo): Localized {
  const c = t.counter ?? { th: 'ช่องบริการ', en: 'the counter' };
  return { th: `เชิญที่ ${c.th}`, en: `Please go to ${c.en}` };
}

function ticketButtons(t: TicketInfo): ButtonSpec[] {
  const buttons: ButtonSpec[] = [];
  if (t.trackerUrl) buttons.push({ action: link('ดูสถานะคิว · Track', t.trackerUrl), style: 'primary' });
  if (isQueued(t)) {
    buttons.push({ action: postback('ยกเลิกคิว · Cancel', encodePostback({ a: 'cancel', t: t.ticketId }), 'ยกเลิกคิว') });
  }
  return buttons;
}

/** The link confirmation, and the "ticket issued" alert: number, service, place in the queue. */
export function issuedMessage(t: TicketInfo): LineMessage {
  const lines: Localized[] = [t.service];
  if (t.ahead !== null && isQueued(t)) lines.push(aheadLine(t.ahead));
  else lines.push({ th: `สถานะ: ${STATUS_LABELS[t.status].th}`, en: `Status: ${STATUS_LABELS[t.status].en}` });
  lines.push({
    th: 'เราจะแจ้งทาง LINE เมื่อใกล้ถึงคิวและเมื่อถึงคิว',
    en: "We'll message you here when your turn is near and when it comes.",
  });
  const where = t.ahead !== null && isQueued(t) ? ` · ${aheadLine(t.ahead).th}` : '';
  return flex(`บัตรคิว ${t.number} · ${t.service.th}${where}`, {
    title: { th: 'บัตรคิวของคุณ', en: 'Your queue ticket' },
    number: t.number,
    lines,
    buttons: ticketButtons(t),
  });
}

function aheadMessage(t: TicketInfo): LineMessage {
  const ahead = aheadLine(t.ahead ?? 0);
  return flex(`ใกล้ถึงคิว ${t.number} แล้ว · ${ahead.th}`, {
    title: { th: 'ใกล้ถึงคิวของคุณแล้ว', en: 'Your turn is near' },
    number: t.number,
    lines: [ahead, { th: 'กรุณารอใกล้ ๆ จุดบริการ', en: 'Please wait near the counters.' }],
    buttons: ticketButtons(t),
  });
}

export function calledMessage(t: TicketInfo): LineMessage {
  const where = counterLine(t);
  return flex(`ถึงคิว ${t.number} แล้ว ${where.th}`, {
    title: { th: 'ถึงคิวของคุณแล้ว', en: "It's your turn" },
    number: t.number,
    lines: [where],
    accent: CALL_ACCENT,
  });
}

function recalledMessage(t: TicketInfo): LineMessage {
  const where = counterLine(t);
  return flex(`เรียกคิว ${t.number} อีกครั้ง ${where.th}`, {
    title: { th: 'เรียกคิวของคุณอีกครั้ง', en: 'Calling you again' },
    number: t.number,
    lines: [where, { th: 'หากไม่มาภายในเวลาที่กำหนด คิวอาจถูกข้าม', en: 'If you do not come soon, your ticket may be skipped.' }],
    accent: CALL_ACCENT,
  });
}

/** Rating choices: buttons that stay in the bubble, and quick replies above the keyboard. */
function ratingChoices(ticketId: number): { row: ButtonSpec[]; quick: QuickItem[] } {
  const action = (s: (typeof SCORES)[number]) =>
    postback(String(s), encodePostback({ a: 'rate', t: ticketId, s }), `ให้คะแนน ${s} · ${RATING_LABELS[s].th}`);
  return {
    row: SCORES.map((s) => ({ action: action(s) })),
    quick: [...SCORES].reverse().map((s) => ({ label: `${s} ${RATING_LABELS[s].th}`, action: action(s) })),
  };
}

function doneMessage(t: TicketInfo): LineMessage {
  const { row, quick } = ratingChoices(t.ticketId);
  return flex(
    `ให้บริการคิว ${t.number} เสร็จแล้ว ขอบคุณค่ะ · กรุณาให้คะแนนการบริการ 1–5`,
    {
      title: { th: 'ให้บริการเสร็จแล้ว ขอบคุณค่ะ', en: 'All done, thank you' },
      number: t.number,
      lines: [
        t.service,
        { th: 'กรุณาให้คะแนนการบริการ (1 ควรปรับปรุง – 5 ดีเยี่ยม)', en: 'Please rate our service (1 poor – 5 excellent)' },
      ],
      row,
    },
    quick,
  );
}

function cancelledMessage(t: TicketInfo): LineMessage {
  return text({ th: `ยกเลิกคิว ${t.number} แล้ว`, en: `Ticket ${t.number} has been cancelled.` });
}

/** The kinds that describe a ticket, built from its state at the change. */
export function ticketMessage(kind: Extract<MessageKind, `ticket.${string}`>, t: TicketInfo): LineMessage {
  switch (kind) {
    case 'ticket.issued':
      return issuedMessage(t);
    case 'ticket.ahead':
      return aheadMessage(t);
    case 'ticket.called':
      return calledMessage(t);
    case 'ticket.recalled':
      return recalledMessage(t);
    case 'ticket.done':
      return doneMessage(t);
    case 'ticket.cancelled':
      return cancelledMessage(t);
  }
}
