import { describe, expect, it } from 'vitest';
import { businessDayOf, formatDate, formatTicketNumber, formatWaitRange, isValidCitizenId, maskCitizenId } from '@oss/shared';

describe('Thai citizen IDs', () => {
  it('accepts IDs whose check digit is right and refuses the rest', () => {
    // 1·13 + 1·12 + 0·11 + 1·10 + 7·9 + 0·8 + 0·7 + 2·6 + 3·5 + 0·4 + 7·3 + 0·2 = 146; (11 − 146 mod 11) mod 10 = 8
    expect(isValidCitizenId('1101700230708')).toBe(true);
    expect(isValidCitizenId('1-1017-00230-70-8')).toBe(true);
    expect(isValidCitizenId('1101700230705')).toBe(false);
    expect(isValidCitizenId('110170023070')).toBe(false);
    expect(isValidCitizenId('11017002307051')).toBe(false);
    expect(isValidCitizenId('11017OO230705')).toBe(false);
  });

  it('shows only the last four digits', () => {
    expect(maskCitizenId('1101700230708')).toBe('x-xxxx-xxxx0-70-8');
    expect(maskCitizenId('1101700230708')).not.toContain('11017');
  });
});

describe('formatting', () => {
  it('pads ticket numbers to three digits', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('BC', 42)).toBe('BC042');
    expect(formatTicketNumber('A', 1234)).toBe('A1234');
  });

  it('writes dates in the Buddhist era for Thai readers', () => {
    const d = new Date('2026-11-25T03:00:00Z');
    expect(formatDate(d, 'th', 'Asia/Bangkok')).toContain('2569');
    expect(formatDate(d, 'th', 'Asia/Bangkok')).toContain('พฤศจิกายน');
    expect(formatDate(d, 'en', 'Asia/Bangkok')).toContain('2026');
  });

  it('takes the business day in the office’s time zone', () => {
    expect(businessDayOf(new Date('2026-11-25T16:59:59Z'), 'Asia/Bangkok')).toBe('2026-11-25');
    expect(businessDayOf(new Date('2026-11-25T17:00:00Z'), 'Asia/Bangkok')).toBe('2026-11-26');
  });

  it('words the wait range', () => {
    expect(formatWaitRange({ minMinutes: 0, maxMinutes: 0 }, 'th')).toBe('ไม่ต้องรอ');
    expect(formatWaitRange({ minMinutes: 15, maxMinutes: 25 }, 'th')).toBe('ประมาณ 15–25 นาที');
    expect(formatWaitRange({ minMinutes: 15, maxMinutes: 25 }, 'en')).toBe('about 15–25 min');
  });
});
