// Renderer. While `active` (the kiosk's start screen), a booking QR scanned by a keyboard-mode
// scanner, or delivered by the shell through deliverScan, opens the check-in with its code.
import { useEffect, useRef } from 'react';
import { createWedge } from './keyboard-wedge.js';
import { deliverScan, onBookingScan } from './scan.js';

export function useBookingScan(active: boolean, onCode: (code: string) => void): void {
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });
  useEffect(() => {
    if (!active) return;
    const off = onBookingScan((code) => onCodeRef.current(code));
    const wedge = createWedge((text) => void deliverScan(text), true);
    const onKey = (e: KeyboardEvent) => {
      // Typing into a field is not a scan.
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      wedge(e);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, [active]);
}
