import { describe, expect, it } from 'vitest';
import { ticketLayout, trackerUrl, TRACKER_QR_CAPTION, type TicketLayoutInput, type TicketLine } from '@oss/shared';
import { textColumns, wrapText } from '../../src/printing/wrap.js';

const input: TicketLayoutInput = {
  ticket: {
    number: 'B007',
    issuedAt: '2026-01-05T02:30:00.000Z',
    priority: 'elderly',
    position: 3,
    estimatedWait: { minMinutes: 15, maxMinutes: 25 },
  },
  service: { name: { th: 'งานจดทะเบียนพาณิชย์', en: 'Commercial registration' } },
  office: { name: { th: 'ศูนย์บริการประชาชน', en: 'Citizen Service Centre' }, timezone: 'Asia/Bangkok' },
  qr: { payload: trackerUrl('http://10.0.0.5:8080/', 'K7MX3PQ9RB'), caption: TRACKER_QR_CAPTION },
};
const texts = (lines: TicketLine[]) => lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));

describe('ticket layout', () => {
  it('has the office, the service in Thai and English, the number, the Thai date (B.E.) and the wait', () => {
    const { lines } = ticketLayout(input);
    expect(lines.filter((l) => l.kind === 'number')).toEqual([{ kind: 'number', text: 'B007' }]);
    expect(texts(lines)).toEqual(
      expect.arrayContaining([
        'ศูนย์บริการประชาชน',
        'Citizen Service Centre',
        'งานจดทะเบียนพาณิชย์',
        'Commercial registration',
        'ผู้สูงอายุ (60 ปีขึ้นไป) · Elderly (60+)',
        // 09:30 in Bangkok, Monday 5 January 2026 = B.E. 2569.
        'วันจันทร์ที่ 5 มกราคม 2569 เวลา 09:30 น.',
        'รอก่อนหน้าคุณ 2 คิว · ประมาณ 15–25 นาที',
        '2 ahead of you · about 15–25 min',
      ]),
    );
    expect(lines.find((l) => l.kind === 'qr')).toEqual({ kind: 'qr', payload: 'http://10.0.0.5:8080/t/K7MX3PQ9RB' });
    expect(lines.at(-1)).toEqual({ kind: 'cut' });
    expect(texts(lines).some((t) => t.includes('ข้อมูลส่วนบุคคล'))).toBe(true);
  });

  it('leaves out the wait for a ticket no longer queued, and marks a reprint', () => {
    const { lines } = ticketLayout({
      ...input,
      ticket: { ...input.ticket, priority: 'none', position: null, estimatedWait: null },
      reprint: true,
    });
    expect(texts(lines).some((t) => t.includes('รอก่อนหน้า') || t.includes('ahead'))).toBe(false);
    expect(texts(lines).some((t) => t.includes('ผู้สูงอายุ'))).toBe(false);
    expect(texts(lines)).toContain('สำเนา (พิมพ์ซ้ำ) · Reprint');
  });

  it('says so when nobody is ahead', () => {
    const { lines } = ticketLayout({
      ...input,
      ticket: { ...input.ticket, position: 1, estimatedWait: { minMinutes: 0, maxMinutes: 0 } },
    });
    expect(texts(lines)).toContain('No one ahead of you: you are next');
  });
});

describe('line breaking', () => {
  const fitsIn = (n: number) => (s: string) => textColumns(s) <= n;

  it('breaks at spaces first, then between Thai words, never inside one', () => {
    expect(wrapText('บัตรคิวนี้ไม่มีข้อมูลส่วนบุคคล โปรดเก็บไว้กับตัว', fitsIn(30))).toEqual(['บัตรคิวนี้ไม่มีข้อมูลส่วนบุคคล', 'โปรดเก็บไว้กับตัว']);
    // บัตร|คิว|นี้|ไม่มี|ข้อมูล|ส่วน|บุคคล: the break falls between two words.
    expect(wrapText('บัตรคิวนี้ไม่มีข้อมูลส่วนบุคคล', fitsIn(12))).toEqual(['บัตรคิวนี้ไม่มี', 'ข้อมูลส่วนบุคคล']);
  });

  it('cuts a word longer than a line between characters', () => {
    expect(wrapText('https://example.com/t/ABCDEFGH', fitsIn(10))).toEqual(['https://ex', 'ample.com/', 't/ABCDEFGH']);
  });

  it('counts Thai vowels and tone marks above and below as no column', () => {
    expect(textColumns('ที่')).toBe(1);
    expect(textColumns('ผู้ใหญ่')).toBe(4);
  });
});
