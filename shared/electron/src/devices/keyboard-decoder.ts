// Main process (pure). Turns the input reports of a keyboard-emulating scanner or ID reader into
// finished scans. A scanner "types" its text as a US keyboard: each character is a report with the
// key's usage id (and Shift for upper case and symbols), normally followed by an all-keys-up
// report, and Enter ends the scan.
//
// Boot keyboard input report (HID 1.11, appendix B.1), 8 bytes:
//   [0] modifiers: bit 0 LCtrl, 1 LShift, 2 LAlt, 3 LGUI, 4 RCtrl, 5 RShift, 6 RAlt, 7 RGUI
//   [1] reserved
//   [2..7] up to six usage ids (Keyboard/Keypad page 0x07) of the keys now down; 0 = none,
//          1 = ErrorRollOver (too many keys: the report says nothing about which)
//
// A key counts once, when it appears in a report without having been in the previous one: a
// report repeated while the key is held (or sent twice) types nothing more, and two equal
// characters in a row need the key to be released in between, as on a real keyboard. The usage id
// is the key's position, so the OS keyboard layout (Thai Kedmanee on a Thai PC) does not matter.

const SHIFT = 0x02 | 0x20;
const CTRL_ALT_GUI = 0x01 | 0x04 | 0x08 | 0x10 | 0x40 | 0x80;
const ERROR_ROLL_OVER = 0x01;
const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;
/** A scan longer than this is not a scan (a stuck key, a device that is really a keyboard). */
export const MAX_SCAN_LENGTH = 1024;

/** Usage id → [unshifted, shifted] on a US layout. */
const KEYS = new Map<number, readonly [string, string]>();
for (let i = 0; i < 26; i++) {
  const c = String.fromCharCode(0x61 + i);
  KEYS.set(0x04 + i, [c, c.toUpperCase()]);
}
'1234567890'.split('').forEach((d, i) => KEYS.set(0x1e + i, [d, '!@#$%^&*()'[i] ?? d]));
for (const [id, plain, shifted] of [
  [0x2c, ' ', ' '],
  [0x2d, '-', '_'],
  [0x2e, '=', '+'],
  [0x2f, '[', '{'],
  [0x30, ']', '}'],
  [0x31, '\\', '|'],
  [0x32, '#', '~'], // non-US # and ~ (ISO keyboards)
  [0x33, ';', ':'],
  [0x34, "'", '"'],
  [0x35, '`', '~'],
  [0x36, ',', '<'],
  [0x37, '.', '>'],
  [0x38, '/', '?'],
  [0x2b, '\t', '\t'],
  [0x54, '/', '/'], // keypad: the same character with or without Shift
  [0x55, '*', '*'],
  [0x56, '-', '-'],
  [0x57, '+', '+'],
  [0x63, '.', '.'],
] as const) {
  KEYS.set(id, [plain, shifted]);
}
'1234567890'.split('').forEach((d, i) => KEYS.set(0x59 + i, [d, d])); // keypad 1–9, 0

export class KeyboardScanDecoder {
  private down = new Set<number>();
  private text = '';

  /**
   * Feeds one input report; returns the scans it finished (usually none, at most one per Enter).
   * A 9-byte report starting with 0 is a boot report behind a report ID 0 (some hidapi back ends
   * prefix it) and is read as the 8 bytes after it.
   */
  push(report: Uint8Array): string[] {
    const r = report.length === 9 && report[0] === 0 ? report.subarray(1) : report;
    if (r.length < 3) return [];
    const modifiers = r[0] ?? 0;
    const keys = Array.from(r.subarray(2, 8)).filter((k) => k !== 0);
    if (keys.includes(ERROR_ROLL_OVER)) return []; // keep the previous state: nothing new is known
    const pressed = keys.filter((k) => !this.down.has(k));
    this.down = new Set(keys);
    const done: string[] = [];
    for (const key of pressed) {
      if (key === ENTER || key === KEYPAD_ENTER) {
        if (this.text.length > 0) done.push(this.text);
        this.text = '';
        continue;
      }
      // Ctrl/Alt/GUI chords are not characters (some scanners send them for control codes).
      if (modifiers & CTRL_ALT_GUI) continue;
      const chars = KEYS.get(key);
      if (!chars) continue;
      this.text += modifiers & SHIFT ? chars[1] : chars[0];
      if (this.text.length > MAX_SCAN_LENGTH) this.text = '';
    }
    return done;
  }

  /** Drops a half-typed scan (the device went away, or nothing came for too long). */
  reset(): void {
    this.down.clear();
    this.text = '';
  }
}
