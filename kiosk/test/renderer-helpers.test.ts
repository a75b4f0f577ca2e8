// The kiosk renderer's small pure helpers: reading the URL, timings, idempotency keys, error codes.
import { ApiError } from '@oss/shared/client';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from '../src/renderer/common/uuid.js';
import { errorCode } from '../src/renderer/kiosk/issue.js';
import { aheadText, errorText, waitingCount } from '../src/renderer/kiosk/messages.js';
import { DEFAULT_SETTINGS, readSettings } from '../src/renderer/kiosk/settings.js';
import { readTrackingCode } from '../src/renderer/track/tracking-code.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('readTrackingCode', () => {
  it('reads /t/<code> and ?code= (development)', () => {
    expect(readTrackingCode({ pathname: '/t/ABC123xyz', search: '' })).toBe('ABC123xyz');
    expect(readTrackingCode({ pathname: '/t/ABC123xyz/', search: '' })).toBe('ABC123xyz');
    expect(readTrackingCode({ pathname: '/kiosk/track.html', search: '?code=QWERTY12' })).toBe('QWERTY12');
  });

  it('refuses anything that is not a tracking code', () => {
    expect(readTrackingCode({ pathname: '/t/', search: '' })).toBeNull();
    expect(readTrackingCode({ pathname: '/t/abc', search: '' })).toBeNull();
    expect(readTrackingCode({ pathname: '/t/..%2F..%2Fetc', search: '' })).toBeNull();
    expect(readTrackingCode({ pathname: '/kiosk/track.html', search: '?code=<script>' })).toBeNull();
    expect(readTrackingCode({ pathname: '/kiosk/track.html', search: '' })).toBeNull();
  });
});

describe('readSettings', () => {
  it('defaults to 20 s on the ticket and 60 s elsewhere', () => {
    expect(readSettings('')).toEqual({ ticketIdleMs: 20_000, idleMs: 60_000 });
    expect(DEFAULT_SETTINGS).toEqual(readSettings('?other=1'));
  });

  it('takes ?idle=<seconds> for every timeout and ignores nonsense', () => {
    expect(readSettings('?idle=3')).toEqual({ ticketIdleMs: 3000, idleMs: 3000 });
    expect(readSettings('?idle=0.5')).toEqual({ ticketIdleMs: 500, idleMs: 500 });
    for (const bad of ['?idle=', '?idle=0', '?idle=-4', '?idle=abc', '?idle=Infinity'])
      expect(readSettings(bad)).toBe(DEFAULT_SETTINGS);
  });
});

describe('newIdempotencyKey', () => {
  it('uses randomUUID where the page is a secure context', () => {
    expect(newIdempotencyKey({ randomUUID: () => 'from-randomUUID', getRandomValues: crypto.getRandomValues.bind(crypto) })).toBe(
      'from-randomUUID',
    );
  });

  it('builds a v4 UUID from getRandomValues on plain http', () => {
    const source = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(a) };
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(source)));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});

describe('errorCode', () => {
  it('keeps the hub’s code, and calls network failures and bare 5xx answers hub-unreachable', () => {
    expect(errorCode(new ApiError(409, 'daily-cap-reached', 'x'))).toBe('daily-cap-reached');
    expect(errorCode(new ApiError(0, 'hub-unreachable', 'x'))).toBe('hub-unreachable');
    expect(errorCode(new ApiError(502, 'http-error', 'x'))).toBe('hub-unreachable');
    expect(errorCode(new ApiError(404, 'http-error', 'x'))).toBe('http-error');
    expect(errorCode(new Error('zod said no'))).toBe('internal-error');
  });
});

describe('kiosk messages', () => {
  it('has Thai and English for every error the kiosk can meet, and a fallback', () => {
    for (const code of [
      'hub-unreachable',
      'service-closed',
      'daily-cap-reached',
      'service-not-found',
      'rate-limited',
      'whatever',
    ]) {
      const text = errorText(code);
      expect(text.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(text.en).toMatch(/^[\x20-\x7E’]+$/);
    }
  });

  it('counts people in both languages', () => {
    expect(waitingCount(0, 'th')).toBe('ไม่มีคิวรอ');
    expect(waitingCount(3, 'th')).toBe('รอ 3 คิว');
    expect(waitingCount(3, 'en')).toBe('3 waiting');
    expect(aheadText(0, 'th')).toBe('คุณคือคิวถัดไป');
    expect(aheadText(1, 'en')).toBe('1 person');
    expect(aheadText(4, 'en')).toBe('4 people');
  });
});
