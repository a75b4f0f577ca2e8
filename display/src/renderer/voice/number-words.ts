// Numbers as voice clips: digit by digit ("ศูนย์ ศูนย์ หนึ่ง") or as Thai or English number words
// for 0–999 ("หนึ่งร้อยยี่สิบเอ็ด", "one hundred twenty one"). Pure; the clip ids are shared/src/voice.ts's.
import type { ClipLang } from '@oss/shared';

/** The largest number read as words; longer numbers are read digit by digit. */
const MAX_WORDS = 999;

/** Thai: 11 → สิบเอ็ด, 21 → ยี่สิบเอ็ด, 101 → หนึ่งร้อยเอ็ด, 110 → หนึ่งร้อยสิบ, 0 → ศูนย์. */
export function thaiNumberClips(n: number): string[] {
  checkRange(n);
  if (n === 0) return ['digit-0'];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const clips: string[] = [];
  if (hundreds > 0) clips.push(`hundreds-${hundreds}`);
  if (tens > 0) clips.push(`tens-${tens}`);
  // A final one after tens or hundreds is เอ็ด, never หนึ่ง.
  if (units > 0) clips.push(units === 1 && n > 10 ? 'et' : `digit-${units}`);
  return clips;
}

/** English: 13 → thirteen, 40 → forty, 305 → three hundred five. */
export function englishNumberClips(n: number): string[] {
  checkRange(n);
  const clips: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) clips.push(`en-n-${hundreds}`, 'en-hundred');
  if (rest === 0 && hundreds > 0) return clips;
  if (rest < 20) clips.push(`en-n-${rest}`);
  else {
    clips.push(`en-tens-${Math.floor(rest / 10)}`);
    if (rest % 10 > 0) clips.push(`en-n-${rest % 10}`);
  }
  return clips;
}

/** Each digit of a string of ASCII digits, in a language. */
export function digitClips(digits: string, lang: ClipLang): string[] {
  return [...digits].map((d) => {
    if (d < '0' || d > '9') throw new RangeError(`not a digit: ${d}`);
    return lang === 'th' ? `digit-${d}` : `en-n-${d}`;
  });
}

/** As words when the number is small enough, otherwise digit by digit. */
export function numberClips(digits: string, lang: ClipLang, style: 'digits' | 'words'): string[] {
  const value = Number(digits);
  if (style === 'digits' || !Number.isSafeInteger(value) || value > MAX_WORDS) return digitClips(digits, lang);
  return lang === 'th' ? thaiNumberClips(value) : englishNumberClips(value);
}

function checkRange(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORDS) throw new RangeError(`number words cover 0–${MAX_WORDS}, not ${n}`);
}
