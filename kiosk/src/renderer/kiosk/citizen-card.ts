// Renderer (pure). What the kiosk makes of a Thai ID card the shell read: the checksum must hold
// (a misread chip or a forged card), the greeting uses the Thai first name only, only the last
// four digits are ever shown (PDPA), and a citizen of 60 or more in the office's time zone today
// gets the elderly priority chosen for them (docs/design.md §3.5). Nothing here goes to the hub: the ticket
// carries only the priority.
import { isValidCitizenId, maskCitizenId, normalizeCitizenId, type CardDate, type ThaiIdCard } from '@oss/shared';

const ELDERLY_AGE = 60;

export type CardCheck =
  | {
      readonly ok: true;
      readonly firstName: string;
      readonly maskedId: string;
      readonly age: number | null;
      readonly elderly: boolean;
    }
  | { readonly ok: false; readonly reason: 'bad-checksum' };

/** `today` is the office's date, `YYYY-MM-DD` (Gregorian), as businessDayOf gives it. */
export function checkCard(card: ThaiIdCard, today: string): CardCheck {
  if (!isValidCitizenId(card.citizenId)) return { ok: false, reason: 'bad-checksum' };
  const age = card.dateOfBirth ? ageOn(card.dateOfBirth, today) : null;
  return {
    ok: true,
    firstName: card.thaiName.first || card.englishName.first,
    maskedId: maskCitizenId(card.citizenId),
    age,
    elderly: age !== null && age >= ELDERLY_AGE,
  };
}

/**
 * Completed years on `today`. A card that gives only the year (month and day 00, common for older
 * citizens) counts from 1 January of that year, as Thai registration does for an unknown date;
 * an unknown day counts from the 1st of the month.
 */
export function ageOn(birth: CardDate, today: string): number {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const month = birth.month || 1;
  const day = birth.month ? birth.day || 1 : 1;
  const yearCE = birth.yearBE - 543;
  const hadBirthday = m > month || (m === month && d >= day);
  return y - yearCE - (hadBirthday ? 0 : 1);
}

/**
 * A keyboard-emulating ID reader (or a barcode of the ID number) types just the 13 digits: a
 * card with the number only, which can be checked but carries no name or date of birth.
 */
export function cardFromScan(text: string): ThaiIdCard | null {
  const digits = normalizeCitizenId(text.trim());
  if (!/^\d{13}$/.test(digits)) return null;
  const blank = { prefix: '', first: '', middle: '', last: '' };
  return { citizenId: digits, thaiName: blank, englishName: blank, dateOfBirth: null };
}
