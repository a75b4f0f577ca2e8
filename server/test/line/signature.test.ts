// The webhook's signature check on its own: the HMAC of the raw bytes, compared as LINE sends it.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidSignature } from '../../src/line/signature.js';

const secret = 'test-channel-secret';
const body = Buffer.from('{"destination":"U1","events":[{"type":"message","message":{"text":"ขอคิว A001"}}]}');
const sign = (bytes: Buffer, key = secret) => createHmac('sha256', key).update(bytes).digest('base64');

describe('x-line-signature', () => {
  it('accepts the HMAC-SHA256 of the raw body, in base64', () => {
    expect(isValidSignature(body, secret, sign(body))).toBe(true);
  });

  it('refuses another body, another secret, extra characters, and a missing or repeated header', () => {
    const tampered = Buffer.from(body.toString().replace('A001', 'A002'));
    expect(isValidSignature(tampered, secret, sign(body))).toBe(false);
    expect(isValidSignature(body, secret, sign(body, 'another-secret'))).toBe(false);
    expect(isValidSignature(body, secret, `${sign(body)}!!`)).toBe(false);
    expect(isValidSignature(body, secret, ` ${sign(body)}`)).toBe(false);
    expect(isValidSignature(body, secret, undefined)).toBe(false);
    expect(isValidSignature(body, secret, '')).toBe(false);
    expect(isValidSignature(body, secret, [sign(body), sign(body)])).toBe(false);
  });
});
