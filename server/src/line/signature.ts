// x-line-signature: base64 HMAC-SHA256 of the raw request body with the channel secret. Checked on
// the bytes as received, before any parsing; compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function isValidSignature(rawBody: Buffer, channelSecret: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 200) return false;
  // Compared as the base64 text itself: decoding the header first would skip stray characters.
  const expected = Buffer.from(createHmac('sha256', channelSecret).update(rawBody).digest('base64'));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
