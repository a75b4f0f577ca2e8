// Scans decoded from recorded HID report sequences (fixtures/hid/*.txt): a keyboard-wedge scanner
// and ID reader (boot keyboard reports) and a scanner in HID POS mode (usage page 0x8C).
import { describe, expect, it } from 'vitest';
import { HidPosScanDecoder } from '../../src/devices/hid-pos-decoder.js';
import { KeyboardScanDecoder, MAX_SCAN_LENGTH } from '../../src/devices/keyboard-decoder.js';
import { bytes, readRecording } from './recording.js';

const feed = <T>(decoder: { push(r: Uint8Array): T[] }, reports: Uint8Array[]): T[] => reports.flatMap((r) => decoder.push(r));
const report = (mod: number, ...keys: number[]) => Uint8Array.from([mod, 0, ...keys, ...new Array(6 - keys.length).fill(0)]);

describe('keyboard boot reports', () => {
  it('decodes the booking QR scan, with Shift on its own, a held key and Enter', () => {
    expect(feed(new KeyboardScanDecoder(), readRecording('hid/keyboard-booking-qr.txt'))).toEqual(['OSSB:ABC123']);
  });

  it('decodes a keyboard-emulating ID reader typing a citizen ID', () => {
    expect(feed(new KeyboardScanDecoder(), readRecording('hid/keyboard-citizen-id.txt'))).toEqual(['3101500123459']);
  });

  it('types a doubled letter only when the key was released in between', () => {
    const d = new KeyboardScanDecoder();
    // "SS" as scanners send it: press, release, press.
    expect(feed(d, [report(2, 0x16), report(0), report(2, 0x16), report(0), report(0, 0x28)])).toEqual(['SS']);
    // Held (the same report repeated): one character.
    expect(feed(d, [report(2, 0x16), report(2, 0x16), report(2, 0x16), report(0), report(0, 0x28)])).toEqual(['S']);
  });

  it('takes the next key without a release report (rollover) and ignores ErrorRollOver', () => {
    const d = new KeyboardScanDecoder();
    const seq = [
      report(0, 0x04),
      report(0, 0x04, 0x05),
      report(0, 0x05),
      report(0, 1, 1, 1, 1, 1, 1),
      report(0, 0x06),
      report(0, 0x58),
    ];
    expect(feed(d, seq)).toEqual(['abc']);
  });

  it('reads symbols with Shift on both sides, keypad digits, and a 9-byte report behind report ID 0', () => {
    const d = new KeyboardScanDecoder();
    const seq = [
      report(0x20, 0x1e), // Right Shift + 1 = !
      report(0),
      report(0, 0x59), // keypad 1
      report(0),
      report(0, 0x2d),
      report(0),
      Uint8Array.from([0, 0x02, 0, 0x34, 0, 0, 0, 0, 0]), // ID 0 + Shift + ' = "
      Uint8Array.from([0, 0, 0, 0x28, 0, 0, 0, 0, 0]),
    ];
    expect(feed(d, seq)).toEqual(['!1-"']);
  });

  it('ignores Ctrl/Alt chords, empty scans and runaway input', () => {
    const d = new KeyboardScanDecoder();
    expect(feed(d, [report(0x01, 0x04), report(0), report(0, 0x28), report(0)])).toEqual([]);
    const long: Uint8Array[] = [];
    for (let i = 0; i <= MAX_SCAN_LENGTH; i++) long.push(report(0, 0x04), report(0));
    long.push(report(0, 0x05), report(0), report(0, 0x28));
    expect(feed(d, long)).toEqual(['b']);
  });

  it('starts over after reset (a scanner pulled out mid-scan)', () => {
    const d = new KeyboardScanDecoder();
    feed(d, [report(0, 0x04), report(0)]);
    d.reset();
    expect(feed(d, [report(0, 0x05), report(0), report(0, 0x28)])).toEqual(['b']);
  });
});

describe('HID POS scanned data reports', () => {
  it('decodes a recording of three scans, one spanning two reports, with their symbologies', () => {
    const scans = feed(new HidPosScanDecoder(), readRecording('hid/hid-pos-scans.txt'));
    expect(scans).toEqual([
      { text: 'OSSB:ABC123', symbology: ']Q1' },
      { text: 'http://10.0.0.5:8080/t/AbCdEf123456XYZ?from=kiosk-lobby-2&lang=th&v=1', symbology: ']Q1' },
      { text: '3101500123459', symbology: ']C0' },
    ]);
  });

  it('reads short reports without continuation and drops a trailing CR/LF suffix', () => {
    const d = new HidPosScanDecoder();
    expect(d.push(bytes('02 05 41 42 43 0d 0a 00 00'))).toEqual([{ text: 'ABC', symbology: '' }]);
    // A length byte larger than the report is clamped to what is there.
    expect(d.push(bytes('02 ff 31 32'))).toEqual([{ text: '12', symbology: '' }]);
    expect(d.push(bytes('02 00 00 00'))).toEqual([]);
    expect(d.push(bytes('03 02 41 42'))).toEqual([]);
  });

  it('decodes UTF-8 text (a Thai QR)', () => {
    const text = 'คิว A001';
    const data = [...new TextEncoder().encode(text)];
    const r = new Uint8Array(64);
    r.set([0x02, data.length, ...data]);
    expect(new HidPosScanDecoder().push(r)).toEqual([{ text, symbology: '' }]);
  });
});
