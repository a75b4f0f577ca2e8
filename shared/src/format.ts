// Formatting that citizens read: ticket numbers, Thai dates in the Buddhist era, wait ranges.

export const TICKET_DIGITS = 3;

export function formatTicketNumber(code: string, seq: number): string {
  return `${code}${String(seq).padStart(TICKET_DIGITS, '0')}`;
}

export type Lang = 'th' | 'en';

// Building an Intl.DateTimeFormat costs far more than using one; the hub formats on every change.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** "25 พฤศจิกายน 2569" in Thai (Buddhist era), "25 November 2026" in English. */
export function formatDate(date: Date, lang: Lang, timeZone: string, style: 'long' | 'short' = 'long'): string {
  const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return formatter(locale, {
    timeZone,
    day: 'numeric',
    month: style,
    year: 'numeric',
    ...(style === 'long' ? { weekday: 'long' } : {}),
  }).format(date);
}

/** "14:05" (24-hour, as Thai offices write it). */
export function formatTime(date: Date, timeZone: string, seconds = false): string {
  return formatter('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(date);
}

/** The business day (YYYY-MM-DD) of an instant in the office's time zone. */
export function businessDayOf(date: Date, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export function formatWaitRange(range: { minMinutes: number; maxMinutes: number }, lang: Lang): string {
  const { minMinutes: lo, maxMinutes: hi } = range;
  if (hi === 0) return lang === 'th' ? 'ไม่ต้องรอ' : 'no wait';
  const span = lo === hi ? `${hi}` : `${lo}–${hi}`;
  return lang === 'th' ? `ประมาณ ${span} นาที` : `about ${span} min`;
}
