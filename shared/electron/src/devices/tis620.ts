// Main process (pure). TIS-620 (Thai Industrial Standard 620-2533), the 8-bit Thai encoding the
// ID card chip stores names in. The table is small and regular, so it is written out here rather
// than pulling in an iconv build for the main process:
//
//   0x00–0x7F  ASCII
//   0xA1–0xDA  U+0E01–U+0E3A  (ก … ฺ: consonants, vowels, PHINTHU)
//   0xDB–0xDE  unassigned in TIS-620 (and U+0E3B–U+0E3E are unassigned in Unicode)
//   0xDF–0xFB  U+0E3F–U+0E5B  (฿, leading vowels, tone marks, Thai digits, ๚ ๛)
//   0x80–0xA0, 0xFC–0xFF  unassigned (0xA0 is NBSP only in ISO-8859-11, not on cards)
//
// Unassigned bytes decode to U+FFFD so a damaged field is visible instead of silently shortened.

const REPLACEMENT = 0xfffd;

/** The code point of one TIS-620 byte, or U+FFFD when the byte is unassigned. */
export function tis620CodePoint(byte: number): number {
  if (byte < 0x80) return byte;
  if ((byte >= 0xa1 && byte <= 0xda) || (byte >= 0xdf && byte <= 0xfb)) return byte - 0xa0 + 0x0e00;
  return REPLACEMENT;
}

export function decodeTis620(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(tis620CodePoint(byte));
  return out;
}

/**
 * The inverse, for tests that build card images and for anything that must write TIS-620.
 * Throws on a character TIS-620 cannot hold (rather than writing a wrong byte onto paper or a card).
 */
export function encodeTis620(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    let byte: number;
    if (cp < 0x80) byte = cp;
    else if ((cp >= 0x0e01 && cp <= 0x0e3a) || (cp >= 0x0e3f && cp <= 0x0e5b)) byte = cp - 0x0e00 + 0xa0;
    else throw new RangeError(`TIS-620 has no character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    out[i] = byte;
  }
  return out;
}
