// The message builders: Thai first, a text altText, LINE's size limits, the buttons' data, the
// booking kinds the portal enqueues, and the QR link helpers in shared.
import { describe, expect, it } from 'vitest';
import { lineOaMessageUrl, ticketLineUrl, trackingCodeFromText } from '@oss/shared';
import { bookingConfirmedMessage, bookingReminderMessage, type BookingInfo } from '../../src/line/booking-messages.js';
import type { LineMessage } from '../../src/line/flex.js';
import { MESSAGE_KINDS, MESSAGE_TTL_MS } from '../../src/line/kinds.js';
import { ticketMessage, type TicketInfo } from '../../src/line/messages.js';
import { parsePostback } from '../../src/line/postback-data.js';

const ticket: TicketInfo = {
  ticketId: 42,
  number: 'A012',
  status: 'waiting',
  service: { th: 'งานทะเบียนราษฎร', en: 'Civil registration' },
  counter: null,
  ahead: 3,
  trackerUrl: 'https://queue.example.go.th/t/ABCDEFGH23',
};

type Json = Record<string, unknown>;
const asJson = (m: LineMessage) => JSON.parse(JSON.stringify(m)) as Json;
/** Every postback data string in a message, buttons and quick replies alike. */
const postbacks = (m: LineMessage) => [...JSON.stringify(m).matchAll(/"data":"([^"]+)"/g)].map((x) => x[1]!);
const texts = (m: LineMessage) => [...JSON.stringify(m).matchAll(/"text":"([^"]+)"/g)].map((x) => x[1]!);

describe('LINE ticket messages', () => {
  it('are Flex bubbles, Thai first, with a plain altText', () => {
    for (const kind of ['ticket.issued', 'ticket.ahead', 'ticket.called', 'ticket.recalled', 'ticket.done'] as const) {
      const m = asJson(ticketMessage(kind, { ...ticket, counter: { th: 'ช่องบริการ 3', en: 'Counter 3' } }));
      expect(m.type, kind).toBe('flex');
      expect(typeof m.altText).toBe('string');
      expect((m.altText as string).length).toBeLessThanOrEqual(400);
      expect(m.altText as string).toMatch(/[\u0E00-\u0E7F]/);
      // The header's first line is Thai, the English comes after it.
      const header = ((m.contents as Json).header as Json).contents as Json[];
      expect(header[0]!.text as string).toMatch(/^[\u0E00-\u0E7F]/);
      expect(header[1]!.text as string).toMatch(/^[A-Za-z]/);
    }
  });

  it('tell the counter when called, and the number waiting ahead', () => {
    const called = ticketMessage('ticket.called', {
      ...ticket,
      status: 'called',
      ahead: null,
      counter: { th: 'ช่องบริการ 3', en: 'Counter 3' },
    });
    expect(called).toMatchObject({ altText: 'ถึงคิว A012 แล้ว เชิญที่ ช่องบริการ 3' });
    expect(texts(called)).toContain('Please go to Counter 3');
    expect(postbacks(called)).toEqual([]);
    expect(ticketMessage('ticket.ahead', ticket)).toMatchObject({ altText: 'ใกล้ถึงคิว A012 แล้ว · รออีก 3 คิว' });
    expect(texts(ticketMessage('ticket.ahead', { ...ticket, ahead: 0 }))).toContain('คุณเป็นคิวถัดไป');
  });

  it('offer the tracker link and cancelling only while the ticket waits', () => {
    const issued = ticketMessage('ticket.issued', ticket);
    expect(JSON.stringify(issued)).toContain('"uri":"https://queue.example.go.th/t/ABCDEFGH23"');
    expect(postbacks(issued).map(parsePostback)).toEqual([{ a: 'cancel', t: 42 }]);
    expect(issued).toMatchObject({ altText: 'บัตรคิว A012 · งานทะเบียนราษฎร · รออีก 3 คิว' });
    const serving = ticketMessage('ticket.issued', { ...ticket, status: 'serving', ahead: null, trackerUrl: null });
    expect(postbacks(serving)).toEqual([]);
    expect(JSON.stringify(serving)).not.toContain('"uri"');
    expect(texts(serving)).toContain('สถานะ: กำลังให้บริการ');
  });

  it('ask for a 1–5 rating with buttons and quick replies when done', () => {
    const done = ticketMessage('ticket.done', { ...ticket, status: 'done', ahead: null });
    const data = postbacks(done).map(parsePostback);
    expect(data).toHaveLength(10);
    expect(new Set(data.map((d) => (d?.a === 'rate' ? d.s : 0)))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(data.every((d) => d?.t === 42)).toBe(true);
    const quick = (asJson(done).quickReply as { items: Array<{ action: { label: string } }> }).items;
    expect(quick.map((i) => i.action.label)).toEqual(['5 ดีเยี่ยม', '4 ดีมาก', '3 ดี', '2 พอใช้', '1 ควรปรับปรุง']);
    expect(quick.every((i) => i.action.label.length <= 20)).toBe(true);
  });

  it('read back only well-formed postback data', () => {
    expect(parsePostback('a=rate&t=7&s=5')).toEqual({ a: 'rate', t: 7, s: 5 });
    for (const bad of ['', 'a=rate&t=7&s=6', 'a=rate&t=7', 'a=cancel&t=-1', 'a=drop&t=1', 'a=cancel&t=abc']) {
      expect(parsePostback(bad), bad).toBeNull();
    }
  });
});

describe('LINE booking messages (for portal bookings)', () => {
  const booking: BookingInfo = {
    service: { th: 'งานขออนุญาตก่อสร้าง', en: 'Building permits' },
    at: new Date('2026-12-01T02:30:00.000Z'),
    timeZone: 'Asia/Bangkok',
    reference: 'BK7Q2M',
    documents: [
      { th: 'สำเนาโฉนดที่ดิน', en: 'Copy of the land title deed' },
      { th: 'แบบแปลน', en: 'Building plans' },
    ],
    url: 'https://queue.example.go.th/portal/bookings/BK7Q2M',
  };

  it('are kinds of the outbox with their own TTLs', () => {
    expect(MESSAGE_KINDS).toContain('booking.confirmed');
    expect(MESSAGE_KINDS).toContain('booking.reminder');
    expect(MESSAGE_TTL_MS['booking.reminder']).toBeGreaterThan(0);
  });

  it('confirm the slot in the Thai calendar and 24-hour time, with the documents to bring', () => {
    const m = bookingConfirmedMessage(booking);
    expect(m).toMatchObject({ type: 'flex' });
    const all = texts(m).join('\n');
    expect(all).toContain('BK7Q2M');
    expect(all).toContain('1 ธันวาคม 2569 เวลา 09:30 น.');
    expect(all).toContain('สำเนาโฉนดที่ดิน');
    expect(all).toContain('at 09:30');
    expect((m as { altText: string }).altText).toMatch(/^ยืนยันการจองคิว งานขออนุญาตก่อสร้าง/);
  });

  it('remind the citizen of the slot', () => {
    const m = bookingReminderMessage({ ...booking, documents: [], url: null });
    expect((m as { altText: string }).altText).toContain('เตือนนัดหมาย');
    expect(JSON.stringify(m)).not.toContain('"uri"');
  });
});

describe('LINE links for the ticket’s QR', () => {
  it('open the Official Account chat with the ticket code prefilled', () => {
    expect(ticketLineUrl('@ossqueue', 'ABCDEFGH23')).toBe(
      'https://line.me/R/oaMessage/%40ossqueue/?%E0%B8%84%E0%B8%B4%E0%B8%A7%20ABCDEFGH23',
    );
    expect(lineOaMessageUrl('ossqueue', 'hi there')).toBe('https://line.me/R/oaMessage/%40ossqueue/?hi%20there');
  });

  it('read the code back from what the citizen sends', () => {
    expect(trackingCodeFromText('คิว ABCDEFGH23')).toBe('ABCDEFGH23');
    expect(trackingCodeFromText('  abcdefgh23 ')).toBe('ABCDEFGH23');
    expect(trackingCodeFromText('คิว: ABCDEFGH23')).toBe('ABCDEFGH23');
    expect(trackingCodeFromText('คิวABCDEFGH23')).toBe('ABCDEFGH23');
    // Codes may start with Q: never read as the word "queue" or "q".
    expect(trackingCodeFromText('qabcdefgh2')).toBe('QABCDEFGH2');
    expect(trackingCodeFromText('คิว QUEUEABCDE')).toBe('QUEUEABCDE');
    expect(trackingCodeFromText('queue QABCDEFGH2')).toBe('QABCDEFGH2');
    expect(trackingCodeFromText('ขอสอบถามคิว ABCDEFGH23 ครับ')).toBeNull();
    expect(trackingCodeFromText('สวัสดีค่ะ')).toBeNull();
  });
});
