// Renderer. Booking scans reach the check-in from two places: the kiosk shell (window.ossShell's
// scanner events, handed to deliverScan) and a USB scanner that types like a keyboard (see
// keyboard-wedge.ts). Either way the text goes through here.
import { bookingCodeFromText } from '@oss/shared';

type Listener = (code: string) => void;
const listeners = new Set<Listener>();

/**
 * Call with any scanned text (e.g. from the shell's scanner). A booking's QR (`OSSB:<code>`) or a
 * bare booking code starts the check-in; returns false for anything else, which is left alone.
 */
export function deliverScan(text: string): boolean {
  const code = bookingCodeFromText(text);
  if (!code || !/^OSSB:/i.test(text.trim())) return false;
  listeners.forEach((l) => l(code));
  return listeners.size > 0;
}

export function onBookingScan(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
