// The kiosk's pure helpers for ID cards and devices: the checksum, age on a Thai card's date,
// the greeting, what staff are told about devices, and which printer outcomes raise an alert.
import type { PersonName, ThaiIdCard } from '@oss/shared';
import { describe, expect, it } from 'vitest';
import { greeting, deviceProblem } from '../src/renderer/kiosk/card-messages.js';
import { ageOn, cardFromScan, checkCard } from '../src/renderer/kiosk/citizen-card.js';
import { alertCodeOf } from '../src/renderer/kiosk/usb-print.js';

const name = (first: string): PersonName => ({ prefix: 'นาง', first, middle: '', last: 'มีสุข' });
const card = (citizenId: string, dateOfBirth: ThaiIdCard['dateOfBirth']): ThaiIdCard => ({
  citizenId,
  thaiName: name('สมศรี'),
  englishName: name('Somsri'),
  dateOfBirth,
});

describe('ageOn', () => {
  it('counts completed years from a Buddhist-era date', () => {
    const birth = { yearBE: 2509, month: 11, day: 25 }; // 25 Nov 1966
    expect(ageOn(birth, '2026-11-24')).toBe(59);
    expect(ageOn(birth, '2026-11-25')).toBe(60);
    expect(ageOn(birth, '2027-01-01')).toBe(60);
  });

  it('counts an unknown month and day from 1 January, an unknown day from the 1st', () => {
    expect(ageOn({ yearBE: 2509, month: 0, day: 0 }, '2026-01-01')).toBe(60);
    expect(ageOn({ yearBE: 2509, month: 0, day: 0 }, '2025-12-31')).toBe(59);
    expect(ageOn({ yearBE: 2509, month: 6, day: 0 }, '2026-06-01')).toBe(60);
    expect(ageOn({ yearBE: 2509, month: 6, day: 0 }, '2026-05-31')).toBe(59);
  });

  it('gives someone born on 29 February their birthday on 1 March in other years', () => {
    expect(ageOn({ yearBE: 2511, month: 2, day: 29 }, '2027-02-28')).toBe(58);
    expect(ageOn({ yearBE: 2511, month: 2, day: 29 }, '2027-03-01')).toBe(59);
    expect(ageOn({ yearBE: 2511, month: 2, day: 29 }, '2028-02-29')).toBe(60);
  });
});

describe('checkCard', () => {
  it('accepts a good number: first name, masked number, elderly at 60', () => {
    expect(checkCard(card('3101500123459', { yearBE: 2509, month: 11, day: 25 }), '2026-11-25')).toEqual({
      ok: true,
      firstName: 'สมศรี',
      maskedId: 'x-xxxx-xxxx3-45-9',
      age: 60,
      elderly: true,
    });
    expect(checkCard(card('3101500123459', { yearBE: 2509, month: 11, day: 26 }), '2026-11-25')).toMatchObject({
      elderly: false,
    });
    expect(checkCard(card('3101500123459', null), '2026-11-25')).toMatchObject({ age: null, elderly: false });
  });

  it('refuses a number that fails the checksum or is not 13 digits', () => {
    for (const bad of ['3101500123458', '310150012345', '', 'abcdefghijklm']) {
      expect(checkCard(card(bad, null), '2026-11-25')).toEqual({ ok: false, reason: 'bad-checksum' });
    }
  });

  it('takes a typed ID number as a card without name or birth date', () => {
    expect(cardFromScan(' 3-1015-00123-45-9 ')).toMatchObject({ citizenId: '3101500123459', dateOfBirth: null });
    expect(cardFromScan('OSSB:ABC123')).toBeNull();
    expect(cardFromScan('31015001234591')).toBeNull();
  });
});

describe('messages', () => {
  it('greets by first name, or just says the card was read', () => {
    expect(greeting('สมศรี', 'th')).toBe('สวัสดีค่ะ คุณสมศรี');
    expect(greeting('สมศรี', 'en')).toBe('Hello, สมศรี');
    expect(greeting('', 'th')).toBe('อ่านบัตรแล้ว');
  });

  it('tells staff about missing packages, errors and an unplugged USB printer only', () => {
    expect(deviceProblem({ kind: 'card-reader', state: 'missing-package', package: '@pokusew/pcsclite' }, 'th')).toBe(
      'เครื่องอ่านบัตรไม่พร้อม: ไม่ได้ติดตั้ง @pokusew/pcsclite',
    );
    expect(deviceProblem({ kind: 'scanner', state: 'missing-package', package: 'node-hid' }, 'en')).toBe(
      'QR scanner not ready: node-hid is not installed',
    );
    expect(
      deviceProblem({ kind: 'card-reader', state: 'error', message: 'the PC/SC service (pcscd) is not available' }, 'th'),
    ).toContain('pcscd');
    expect(deviceProblem({ kind: 'printer', state: 'no-device' }, 'th')).toContain('USB');
    expect(deviceProblem({ kind: 'card-reader', state: 'no-device' }, 'th')).toBeNull();
    expect(deviceProblem({ kind: 'scanner', state: 'ready' }, 'th')).toBeNull();
  });

  it('raises the counters’ alert only for what the printer is to blame for', () => {
    expect(alertCodeOf({ ok: true, printer: 'usb' })).toBe('printer-ok');
    expect(alertCodeOf({ ok: true, printer: 'usb', warning: 'printer-paper-low' })).toBe('printer-paper-low');
    expect(alertCodeOf({ ok: false, printer: 'usb', code: 'printer-out-of-paper', message: '' })).toBe('printer-out-of-paper');
    expect(alertCodeOf({ ok: false, printer: 'usb', code: 'printer-unavailable', message: '' })).toBe('printer-unavailable');
    expect(alertCodeOf({ ok: false, printer: 'usb', code: 'hub-unreachable', message: '' })).toBeNull();
    expect(alertCodeOf({ ok: false, printer: 'none', code: 'printer-not-configured', message: '' })).toBeNull();
  });
});
