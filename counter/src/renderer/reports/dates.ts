// Calendar dates (YYYY-MM-DD, the business days the hub reports on) and their Thai display: the
// Buddhist era is the Gregorian year + 543.
import { formatDate, type Lang } from '@oss/shared';

export const BE_OFFSET = 543;

const noonUtc = (day: string) => new Date(`${day}T12:00:00Z`);

/** "วันพุธที่ 25 พฤศจิกายน 2569" / "Wednesday 25 November 2026"; the input as-is if it is no date. */
export function longDay(day: string, lang: Lang): string {
  const d = noonUtc(day);
  return Number.isNaN(d.getTime()) ? day : formatDate(d, lang, 'UTC', 'long');
}

/** "25 พ.ย. 2569". */
export function shortDay(day: string, lang: Lang): string {
  const d = noonUtc(day);
  return Number.isNaN(d.getTime()) ? day : formatDate(d, lang, 'UTC', 'short');
}

export function addDays(day: string, n: number): string {
  const d = noonUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** Month names for the picker, in the language shown. */
export function monthNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2024, i, 15))));
}
