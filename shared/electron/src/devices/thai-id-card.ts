// Main process (pure). Reads a Thai national ID card through any CardTransport: select the
// Ministry of Interior applet, then read only what the kiosk needs (docs/design.md §5.3, PDPA: data
// minimisation). The photo, address, issue/expiry dates and gender are never read.
//
// Card layout (offsets into the applet's file, as every Thai ID reader uses them):
//   0x0004  13 bytes  citizen ID, ASCII digits
//   0x0011 100 bytes  Thai name, TIS-620 `prefix#first#middle#last`, space padded
//   0x0075 100 bytes  English name, same form
//   0x00D9   8 bytes  date of birth, ASCII `YYYYMMDD`, Buddhist era (MM/DD may be 00)
import type { CardDate, PersonName, ThaiIdCard } from '../../../src/shell-bridge.js';
import { ApduError, readBinaryCommand, selectCommand, transceive, type CardTransport } from './apdu.js';
import { decodeTis620 } from './tis620.js';

const THAI_ID_AID = Uint8Array.from([0xa0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01]);

const THAI_ID_FIELDS = {
  citizenId: { offset: 0x0004, length: 13 },
  thaiName: { offset: 0x0011, length: 100 },
  englishName: { offset: 0x0075, length: 100 },
  dateOfBirth: { offset: 0x00d9, length: 8 },
} as const;

export class NotThaiIdCardError extends Error {
  override readonly name = 'NotThaiIdCardError';
}

export async function readThaiIdCard(transport: CardTransport, atr: Uint8Array): Promise<ThaiIdCard> {
  try {
    await transceive(transport, selectCommand(THAI_ID_AID), atr);
  } catch (err) {
    // 6A82 "file not found" / 6A86 etc.: some other card (a bank card, a driving licence).
    if (err instanceof ApduError && err.status !== 0) throw new NotThaiIdCardError(`no Thai ID applet (${err.message})`);
    throw err;
  }
  const read = async (field: { offset: number; length: number }): Promise<Uint8Array> =>
    transceive(transport, readBinaryCommand(field.offset, field.length), atr);
  // One after the other: a card talks to one command at a time.
  const cid = await read(THAI_ID_FIELDS.citizenId);
  const thaiName = await read(THAI_ID_FIELDS.thaiName);
  const englishName = await read(THAI_ID_FIELDS.englishName);
  const birth = await read(THAI_ID_FIELDS.dateOfBirth);
  return {
    citizenId: parseCitizenId(cid),
    thaiName: parseName(thaiName),
    englishName: parseName(englishName),
    dateOfBirth: parseCardDate(birth),
  };
}

/** The digits as stored (the checksum is the renderer's call); padding and NULs dropped. */
export function parseCitizenId(bytes: Uint8Array): string {
  return decodeTis620(bytes).replace(/[\s\0]/g, '');
}

/** `นาย#สมชาย##ใจดี` padded with spaces (or NULs on some cards) → its four parts, trimmed. */
export function parseName(bytes: Uint8Array): PersonName {
  const text = decodeTis620(bytes).replace(/\0/g, ' ').trim();
  const [prefix = '', first = '', middle = '', last = ''] = text.split('#').map((part) => part.trim().replace(/\s+/g, ' '));
  return { prefix, first, middle, last };
}

/** `25080115` → {2508, 1, 15}; `25080000` → month and day unknown (0); blank or nonsense → null. */
export function parseCardDate(bytes: Uint8Array): CardDate | null {
  const text = decodeTis620(bytes).replace(/\0/g, ' ');
  const match = /^(\d{4})([\d ]{2})?([\d ]{2})?\s*$/.exec(text);
  if (!match) return null;
  const yearBE = Number(match[1]);
  const month = Number((match[2] ?? '').trim() || '0');
  const day = Number((match[3] ?? '').trim() || '0');
  if (yearBE < 2400 || month > 12 || day > 31 || (month === 0 && day !== 0)) return null;
  return { yearBE, month, day };
}
