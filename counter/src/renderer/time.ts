/** Whole minutes from an ISO time to now, never negative (clocks of PC and hub may differ a little). */
export function minutesSince(iso: string | null, now: Date): number | null {
  if (!iso) return null;
  const ms = now.getTime() - Date.parse(iso);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : null;
}

/** Seconds as minutes with one decimal ("6.5"), or "–" when there is nothing to average. */
export function minutesText(seconds: number | null): string {
  return seconds === null ? '–' : (seconds / 60).toFixed(1);
}
