// Renderer. A USB QR scanner in keyboard mode "types" its text and presses Enter, faster than any
// person. Keys are read by their physical position (KeyboardEvent.code), so a kiosk set to the
// Thai keyboard layout still reads "OSSB:ABC…" and not Thai letters.

/** The character a key stands for on a US layout scanner, or null (a key we do not read). */
export function wedgeChar(e: Pick<KeyboardEvent, 'code'>): string | null {
  const letter = /^Key([A-Z])$/.exec(e.code);
  if (letter) return letter[1]!;
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
  if (digit) return digit[1]!;
  // ":" is Shift+";" on a US layout; some scanners leave Shift out. Codes never hold ";".
  if (e.code === 'Semicolon') return ':';
  if (e.code === 'Minus' || e.code === 'NumpadSubtract') return '-';
  return null;
}

/** Keystrokes further apart than this are a person typing, not a scanner. */
const SCANNER_GAP_MS = 80;

/**
 * Collects a scanner's burst of keys; `onEnter` gets the text when Enter ends it. With `burstOnly`
 * (the start screen), slow typing is dropped, so a person leaning on the keyboard starts nothing.
 */
export function createWedge(onEnter: (text: string) => void, burstOnly: boolean) {
  let text = '';
  let last = 0;
  return (e: KeyboardEvent): void => {
    const now = e.timeStamp || performance.now();
    if (burstOnly && now - last > SCANNER_GAP_MS && text.length > 0) text = '';
    last = now;
    if (e.key === 'Enter' || e.code === 'Enter' || e.code === 'NumpadEnter') {
      const done = text;
      text = '';
      if (done) onEnter(done);
      return;
    }
    const ch = wedgeChar(e);
    if (ch !== null && text.length < 64) text += ch;
  };
}
