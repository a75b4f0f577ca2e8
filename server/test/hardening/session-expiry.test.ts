// Staff logins end after OSS_SESSION_HOURS on the hub's clock: the token then gets 401 on every
// staff call and cannot open a counter stream; logging in again works.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { call, errorCode } from './support.js';

const clock = new ManualClock('2026-11-25T08:00:00+07:00');
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ clock, sessionHours: 2 });
});
afterAll(() => hub.dispose());

async function counterStream(token: string): Promise<string> {
  const s = io(hub.url, { auth: { role: 'counter', token }, transports: ['websocket'], reconnection: false, forceNew: true });
  try {
    return await new Promise<string>((resolve) => {
      s.once('snapshot', () => resolve('snapshot'));
      s.once('connect_error', (err: Error) => resolve(err.message));
    });
  } finally {
    s.close();
  }
}

describe('staff logins expire', () => {
  it('answers 401 once OSS_SESSION_HOURS have passed, on HTTP and on the socket', async () => {
    const token = await hub.login();
    const me = () => call(hub.url, '/api/v1/auth/me', { token });
    expect((await me()).status).toBe(200);
    clock.advance(2 * 3600_000 - 1000);
    expect((await me()).status).toBe(200);
    expect(await counterStream(token)).toBe('snapshot');

    clock.advance(2000);
    const expired = await me();
    expect(expired.status).toBe(401);
    expect(errorCode(expired)).toBe('unauthorized');
    for (const [method, path] of [
      ['POST', '/api/v1/counters/1/call-next'],
      ['GET', '/api/v1/admin/users'],
      ['GET', '/api/v1/me/stats'],
    ] as const) {
      expect((await call(hub.url, path, { method, token })).status, path).toBe(401);
    }
    expect(await counterStream(token)).toBe('unauthorized');

    const fresh = await hub.login();
    expect((await call(hub.url, '/api/v1/auth/me', { token: fresh })).status).toBe(200);
  });
});
