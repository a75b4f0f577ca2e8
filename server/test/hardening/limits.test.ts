// Size and rate limits: an oversized body is 413 payload-too-large, a body that is not JSON is 415,
// and taking tickets and logging in are rate-limited per client (429 rate-limited with
// Retry-After), on the hub's clock. A refused request changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { RateLimited, TokenBuckets } from '../../src/http/rate-limit.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { call, errorCode, errorShapeProblem, type Answer } from './support.js';

const clock = new ManualClock('2026-11-25T09:00:00+07:00');
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ clock, rateLimits: { issuePerMin: 6, loginPerMin: 3 } });
});
afterAll(() => hub.dispose());

function expectError(a: Answer, status: number, code: string): void {
  expect(a.status, a.text).toBe(status);
  expect(errorShapeProblem(a)).toBeNull();
  expect(errorCode(a)).toBe(code);
}

const issue = (body: unknown = { serviceId: 1 }) => call(hub.url, '/api/v1/tickets', { body });
const login = (username: string, password: string) => call(hub.url, '/api/v1/auth/login', { body: { username, password } });

describe('body limits', () => {
  it('answers an oversized body with 413 payload-too-large, on every kind of route', async () => {
    const token = await hub.login();
    const version = hub.hub.queue.log.latestVersion();
    const big = JSON.stringify({ serviceId: 1, pad: 'x'.repeat(70 * 1024) });
    expectError(await issue(big), 413, 'payload-too-large');
    expectError(await call(hub.url, '/api/v1/auth/login', { body: big }), 413, 'payload-too-large');
    expectError(await call(hub.url, '/api/v1/admin/services', { body: big, token }), 413, 'payload-too-large');
    // The terms may be longer (1 MiB), but not without bound.
    const hugeTerms = JSON.stringify({ text: { th: 'ก'.repeat(400_000), en: 'x' } });
    expectError(await call(hub.url, '/api/v1/admin/terms', { body: hugeTerms, token }), 413, 'payload-too-large');
    expect(hub.hub.queue.log.latestVersion()).toBe(version);
  });

  it('answers a body that is not JSON with 415 or 400, never 5xx', async () => {
    expectError(
      await call(hub.url, '/api/v1/tickets', { body: 'serviceId=1', contentType: 'application/x-www-form-urlencoded' }),
      415,
      'unsupported-media-type',
    );
    expectError(
      await call(hub.url, '/api/v1/tickets', { body: '{"serviceId":', contentType: 'application/json' }),
      400,
      'bad-request',
    );
    // A prototype-pollution key makes the whole body invalid JSON for the hub's parser.
    const polluted = await call(hub.url, '/api/v1/auth/login', {
      body: '{"__proto__":{"role":"admin"},"username":"nobody","password":"x"}',
    });
    expectError(polluted, 400, 'bad-request');
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('limits tickets per client with 429 rate-limited and Retry-After, refilling on the clock', async () => {
    // Refused and oversized requests above took tokens too (the limit acts before the body is
    // read): a minute later the bucket is full again, six tickets.
    clock.advance(60_000);
    const version = hub.hub.queue.log.latestVersion();
    for (let i = 0; i < 6; i++) expect((await issue()).status).toBe(201);
    const refused = await issue();
    expectError(refused, 429, 'rate-limited');
    // Six a minute: one every 10 s.
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(hub.hub.queue.log.latestVersion()).toBe(version + 6);
    clock.advance(10_000);
    const again = await issue();
    expect(again.status).toBe(201);
    expect((again.json as { ticket: Ticket }).ticket.number).toBe('A007');
    expectError(await issue(), 429, 'rate-limited');
    // Reading is never limited.
    for (let i = 0; i < 20; i++) expect((await call(hub.url, '/api/v1/services')).status).toBe(200);
    clock.advance(60_000);
  });

  it('limits login attempts per client and username, before the password is checked', async () => {
    for (let i = 0; i < 3; i++) expectError(await login('admin', 'wrong-password'), 401, 'unauthorized');
    // Even the right password waits now: guessing costs time.
    const refused = await login('admin', hub.adminPassword);
    expectError(refused, 429, 'rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBe(20);
    // Another account from the same client is not locked out by those typos.
    expectError(await login('somebody', 'x'), 401, 'unauthorized');
    // Device pairing codes are guarded the same way.
    for (let i = 0; i < 3; i++)
      expectError(await call(hub.url, '/api/v1/devices/pair', { body: { code: 'AAAA-BBBB' } }), 401, 'invalid-pairing-code');
    expectError(await call(hub.url, '/api/v1/devices/pair', { body: { code: 'AAAA-BBBB' } }), 429, 'rate-limited');
    clock.advance(20_000);
    expect((await login('admin', hub.adminPassword)).status).toBe(200);
  });
});

describe('token buckets', () => {
  it('allows a burst of the limit, then one per interval; a clock set back locks nobody out', () => {
    const c = new ManualClock('2026-11-25T09:00:00Z');
    const b = new TokenBuckets(60, c);
    for (let i = 0; i < 60; i++) expect(b.take('a').ok).toBe(true);
    expect(b.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(b.take('b').ok).toBe(true);
    c.advance(1000);
    expect(b.take('a').ok).toBe(true);
    c.advance(-3_600_000);
    expect(b.take('a').ok).toBe(false);
    c.advance(3_601_000 + 1000);
    expect(b.take('a').ok).toBe(true);
  });

  it('takes a limit per any window; hit() refuses with RateLimited, which carries the wait', () => {
    const c = new ManualClock('2026-11-25T09:00:00Z');
    const b = new TokenBuckets({ limit: 3, windowMs: 3_600_000 }, c);
    for (let i = 0; i < 3; i++) b.hit('a');
    const refusal = (() => {
      try {
        b.hit('a', 'mails');
      } catch (err) {
        return err;
      }
    })();
    expect(refusal).toBeInstanceOf(RateLimited);
    // Three an hour: one every 20 minutes.
    expect(refusal).toMatchObject({
      status: 429,
      code: 'rate-limited',
      retryAfterSeconds: 1200,
      message: 'Too many mails; try again in 1200 s',
    });
    c.advance(1_200_000);
    expect(() => b.hit('a')).not.toThrow();
  });

  it('keeps at most maxKeys buckets, dropping the least recently used', () => {
    const c = new ManualClock('2026-11-25T09:00:00Z');
    const b = new TokenBuckets(1, c, 100);
    for (let i = 0; i < 1000; i++) b.take(`10.0.${Math.floor(i / 256)}.${i % 256}`);
    expect(b.size).toBe(100);
  });
});
