// The portal's rate limits are the hub's token buckets: a refused call is 429 rate-limited in the
// one error shape with Retry-After (seconds), per address and per account, refilling on the hub's
// clock. The hub's own limits (tickets, staff login) are off here: the portal's work alone.
import { ErrorBody } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, makeCid, type Answer } from './portal-kit.js';

const clock = new ManualClock('2026-03-10T02:00:00Z');
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo', clock });
});
afterAll(() => hub.dispose());

function expectLimited(a: Answer<unknown>, retryAfter: number): void {
  expect(a.status).toBe(429);
  expect(ErrorBody.parse(a.body).error.code).toBe('rate-limited');
  expect(a.headers.get('retry-after')).toBe(String(retryAfter));
}

describe('portal rate limits', () => {
  it('allows 8 logins per 15 minutes for one username, then says when to come back', async () => {
    const c = new CitizenClient(hub);
    const login = (username: string) => c.call('POST', '/citizens/login', { username, password: 'not the password' });
    for (let i = 0; i < 8; i++) expect((await login('wichai')).status).toBe(401);
    // 15 minutes / 8 = 112.5 s until a token is back.
    expectLimited(await login('wichai'), 113);
    // Another account from the same address is not locked out by those typos.
    expect((await login('malee')).status).toBe(401);
    clock.advance(112_000);
    expectLimited(await login('wichai'), 1);
    clock.advance(1000);
    expect((await login('wichai')).status).toBe(401);
  });

  it('limits password reset mails per e-mail (3 an hour) and per address (10 per 15 minutes)', async () => {
    const c = new CitizenClient(hub);
    const reset = (email: string) => c.call('POST', '/citizens/password-reset', { email });
    for (let i = 0; i < 3; i++) expect((await reset('one@example.com')).status).toBe(202);
    expectLimited(await reset('one@example.com'), 1200);
    // That refusal still took one of the address's ten: six more addresses, then none.
    for (let i = 0; i < 6; i++) expect((await reset(`other-${i}@example.com`)).status).toBe(202);
    expectLimited(await reset('last@example.com'), 90);
    // Confirming shares the address's limit.
    expectLimited(
      await c.call('POST', '/citizens/password-reset/confirm', { token: 'x'.repeat(43), password: 'a new password' }),
      90,
    );
  });

  it('limits a logged-in citizen per account: 120 changes per 15 minutes, profile changes 10 an hour', async () => {
    const a = new CitizenClient(hub);
    await a.register({ username: 'limited', citizenId: makeCid('120000000001'), email: 'limited@example.com' });
    const b = new CitizenClient(hub);
    await b.register({ username: 'other', citizenId: makeCid('120000000002'), email: 'other@example.com' });
    const patch = (c: CitizenClient) => c.call('PATCH', '/citizens/me', { phone: '089 999 0000' });
    for (let i = 0; i < 10; i++) expect((await patch(a)).status).toBe(200);
    expectLimited(await patch(a), 360);
    expect((await patch(b)).status).toBe(200);
    // Every change counts, whatever it is: here requests that are not there (404), 109 more.
    for (let i = 0; i < 109; i++) expect((await a.call('POST', '/requests/999999/cancel')).status).toBe(404);
    expectLimited(await a.call('POST', '/requests/999999/cancel'), 8);
    // Reading is not a change.
    expect((await a.call('GET', '/citizens/me')).status).toBe(200);
    clock.advance(60 * 60_000);
  });

  it('limits kiosk check-ins per address (60 a minute)', async () => {
    const c = new CitizenClient(hub);
    for (let i = 0; i < 60; i++) expect((await c.call('POST', '/bookings/check-in', { code: 'ZZZZZZ' })).status).toBe(404);
    expectLimited(await c.call('POST', '/bookings/check-in', { code: 'ZZZZZZ' }), 1);
  });
});
