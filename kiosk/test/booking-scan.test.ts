// The kiosk's booking scan input: a keyboard-mode scanner's burst (read by key position, so a Thai
// keyboard layout does not matter), the shell's scan text, and the booking code parser.
import { bookingCodeFromText, bookingQrText } from '@oss/shared';
import { describe, expect, it } from 'vitest';
import { createWedge, wedgeChar } from '../src/renderer/kiosk/booking/keyboard-wedge.js';
import { deliverScan, onBookingScan } from '../src/renderer/kiosk/booking/scan.js';

const key = (code: string, timeStamp: number, k = '') =>
  ({ code, key: k, timeStamp, shiftKey: false }) as unknown as KeyboardEvent;

/** The key events a US-layout scanner sends for a text, `gap` ms apart. */
function burst(text: string, start: number, gap: number): KeyboardEvent[] {
  const events = [...text].map((ch, i) => {
    const code = /[A-Z]/.test(ch) ? `Key${ch}` : /[0-9]/.test(ch) ? `Digit${ch}` : ch === ':' ? 'Semicolon' : 'Space';
    return key(code, start + i * gap, ch);
  });
  events.push(key('Enter', start + text.length * gap, 'Enter'));
  return events;
}

describe('booking scans at the kiosk', () => {
  it('parses the QR text and typed codes, refusing anything else', () => {
    expect(bookingQrText('ABCDEFGHJK')).toBe('OSSB:ABCDEFGHJK');
    expect(bookingCodeFromText('OSSB:ABCDEFGHJK')).toBe('ABCDEFGHJK');
    expect(bookingCodeFromText(' ossb:abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(bookingCodeFromText('ABCDE FGHJK')).toBe('ABCDEFGHJK');
    for (const bad of ['', 'OSSB:', 'ABCDEFGHJ', 'ABCDEFGHJKL', 'ABCDEFGHI1', '../../etc', 'คิว ABCDEFGHJK']) {
      expect(bookingCodeFromText(bad), bad).toBeNull();
    }
  });

  it('reads keys by position whatever the layout (a Thai layout gives Thai `key`s)', () => {
    expect(wedgeChar({ code: 'KeyA' })).toBe('A');
    expect(wedgeChar({ code: 'Digit7' })).toBe('7');
    expect(wedgeChar({ code: 'Numpad3' })).toBe('3');
    expect(wedgeChar({ code: 'Semicolon' })).toBe(':');
    expect(wedgeChar({ code: 'ShiftLeft' })).toBeNull();
  });

  it('takes a scanner burst on the start screen but not a person typing slowly', () => {
    const got: string[] = [];
    const wedge = createWedge((t) => got.push(t), true);
    burst('OSSB:ABCDEFGHJK', 1000, 5).forEach(wedge);
    expect(got).toEqual(['OSSB:ABCDEFGHJK']);
    burst('OSSB:ABCDEFGHJK', 5000, 300).forEach(wedge);
    expect(got).toHaveLength(1);
  });

  it('hands the shell’s scans to the check-in only when they are booking QR codes', () => {
    const got: string[] = [];
    const off = onBookingScan((code) => got.push(code));
    expect(deliverScan('OSSB:ABCDEFGHJK')).toBe(true);
    expect(deliverScan('1101700123456')).toBe(false);
    expect(deliverScan('ABCDEFGHJK')).toBe(false);
    off();
    expect(deliverScan('OSSB:ABCDEFGHJK')).toBe(false);
    expect(got).toEqual(['ABCDEFGHJK']);
  });
});
