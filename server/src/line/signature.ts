// x-line-signature: base64 HMAC-SHA256 of the raw request body with the channel secret. Checked on
// the bytes as received, before any parsing; compared in constant time (the SDK's timingSafeEqual).
import { validateSignature } from '@line/bot-sdk';

export function isValidSignature(rawBody: Buffer, channelSecret: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 200) return false;
  return validateSignature(rawBody, channelSecret, header);
}
