// Kiosk timings. `?idle=3` (seconds) shortens every idle timeout, so tests and demos run fast.
export interface KioskSettings {
  /** How long the issued ticket stays on screen. */
  ticketIdleMs: number;
  /** How long any other screen waits for a touch before going back to the start. */
  idleMs: number;
}

export const DEFAULT_SETTINGS: KioskSettings = { ticketIdleMs: 20_000, idleMs: 60_000 };

export function readSettings(search: string): KioskSettings {
  const raw = new URLSearchParams(search).get('idle');
  const seconds = raw === null ? NaN : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_SETTINGS;
  const ms = Math.round(seconds * 1000);
  return { ticketIdleMs: ms, idleMs: ms };
}
