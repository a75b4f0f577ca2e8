// Behind the portal's reverse proxy every citizen connects from the proxy's address. With the proxy
// in OSS_TRUST_PROXY the hub counts each citizen by the address the proxy forwards (and nobody else
// can choose their address with X-Forwarded-For); failed logins count per address, per address and
// username, and per username, so one address's spray of usernames locks out that address only; and
// the kiosk printer report, open to the office network only, refuses an internet caller the proxy
// forwarded, trusted or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient } from '../portal/portal-kit.js';
import { call, errorCode, errorShapeProblem, type Answer } from './support.js';

const PASSWORD = 'correct horse battery';

function expectLimited(a: Answer): void {
  expect(a.status, a.text).toBe(429);
  expect(errorShapeProblem(a)).toBeNull();
  expect(errorCode(a)).toBe('rate-limited');
  expect(Number(a.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

/** A request as the proxy on 127.0.0.1 passes it on: the citizen's address in X-Forwarded-For. */
const from = (hub: TestHub, forwardedFor: string | null) => (path: string, body?: unknown) =>
  call(hub.url, `/api/v1${path}`, {
    ...(body !== undefined ? { body } : {}),
    headers: forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor },
  });

const citizenLogin = (hub: TestHub, ip: string | null, username: string, password = 'not the password') =>
  from(hub, ip)('/citizens/login', { username, password });

const printerReport = (hub: TestHub, forwardedFor: string | null) =>
  from(hub, forwardedFor)('/alerts/printer', { code: 'printer-out-of-paper', printer: 'usb' });

describe('with the proxy trusted (OSS_TRUST_PROXY=127.0.0.1)', () => {
  const clock = new ManualClock('2026-03-10T02:00:00Z');
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ clock, trustProxy: ['127.0.0.1'], rateLimits: { issuePerMin: 0, loginPerMin: 3 } });
    await new CitizenClient(hub).register();
  });
  afterAll(() => hub.dispose());

  it('gives two citizens behind the proxy separate buckets: a spray locks out its own address only', async () => {
    const spray = '203.0.113.1';
    for (let i = 0; i < 30; i++) expect((await citizenLogin(hub, spray, `guess-${i}`)).status).toBe(401);
    expectLimited(await citizenLogin(hub, spray, 'somchai', PASSWORD));
    // Another citizen, through the same proxy: their own address, their own account.
    expect((await citizenLogin(hub, '203.0.113.2', 'somchai', PASSWORD)).status).toBe(200);
    expect((await citizenLogin(hub, '203.0.113.2', 'somchai')).status).toBe(401);
    clock.advance(15 * 60_000);
  });

  it('counts an account’s failures per address, so one address cannot lock its owner out', async () => {
    for (let i = 0; i < 8; i++) expect((await citizenLogin(hub, '198.51.100.7', 'somchai')).status).toBe(401);
    expectLimited(await citizenLogin(hub, '198.51.100.7', 'somchai', PASSWORD));
    expect((await citizenLogin(hub, '198.51.100.8', 'somchai', PASSWORD)).status).toBe(200);
    clock.advance(15 * 60_000);
  });

  it('counts only failures: a family behind one address logging in many times is never refused', async () => {
    for (let i = 0; i < 45; i++) expect((await citizenLogin(hub, '203.0.113.50', 'somchai', PASSWORD)).status).toBe(200);
  });

  it('caps staff logins per address across usernames (3 × OSS_RATE_LOGIN_PER_MIN), per forwarded address', async () => {
    const staff = (ip: string, username: string) => from(hub, ip)('/auth/login', { username, password: 'wrong-password' });
    for (let i = 0; i < 9; i++) expect((await staff('203.0.113.20', `user-${i}`)).status).toBe(401);
    expectLimited(await staff('203.0.113.20', 'admin'));
    expect((await staff('203.0.113.21', 'admin')).status).toBe(401);
    clock.advance(60_000);
  });

  it('limits device pairing per address, whatever else the body carries', async () => {
    const pair = (ip: string, extra: object) => from(hub, ip)('/devices/pair', { code: 'AAAA-BBBB', ...extra });
    for (let i = 0; i < 3; i++) {
      expect((await pair('203.0.113.30', { username: `u${i}`, email: `e${i}@x` })).status).toBe(401);
    }
    expectLimited(await pair('203.0.113.30', { username: 'fresh', email: 'fresh@x' }));
    expect((await pair('203.0.113.31', {})).status).toBe(401);
    clock.advance(60_000);
  });

  it('lets the printer report through for an office address and refuses a forwarded internet caller', async () => {
    const outside = await printerReport(hub, '203.0.113.9');
    expect(outside.status).toBe(403);
    expect(errorCode(outside)).toBe('forbidden');
    // A caller cannot pass for the office by writing an office address in front of its own.
    expect((await printerReport(hub, '10.0.0.21, 203.0.113.9')).status).toBe(403);
    const inside = await printerReport(hub, '10.0.0.21');
    expect(inside.status, inside.text).toBe(200);
  });
});

describe('with no proxy trusted (the default)', () => {
  const clock = new ManualClock('2026-03-10T02:00:00Z');
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ clock, rateLimits: { issuePerMin: 0, loginPerMin: 3 } });
  });
  afterAll(() => hub.dispose());

  it('ignores X-Forwarded-For: a client cannot choose its address for the limits', async () => {
    for (let i = 0; i < 30; i++) expect((await citizenLogin(hub, `203.0.113.${i + 1}`, `guess-${i}`)).status).toBe(401);
    expectLimited(await citizenLogin(hub, '198.51.100.99', 'somebody'));
    expectLimited(await citizenLogin(hub, null, 'somebody'));
    const staff = (ip: string, username: string) => from(hub, ip)('/auth/login', { username, password: 'wrong-password' });
    for (let i = 0; i < 9; i++) expect((await staff(`203.0.113.${i + 1}`, `user-${i}`)).status).toBe(401);
    expectLimited(await staff('198.51.100.1', 'admin'));
  });

  it('refuses a printer report that a proxy forwarded, even with an office address in it', async () => {
    expect((await printerReport(hub, '203.0.113.9')).status).toBe(403);
    expect((await printerReport(hub, '10.0.0.21')).status).toBe(403);
    expect(
      (
        await call(hub.url, '/api/v1/alerts/printer', {
          body: { code: 'printer-ok', printer: 'usb' },
          headers: { forwarded: 'for=10.0.0.21' },
        })
      ).status,
    ).toBe(403);
    // The hub's own LAN caller, straight to the hub, is the office.
    expect((await printerReport(hub, null)).status).toBe(200);
  });
});

describe('OSS_TRUST_PROXY', () => {
  it('is off by default and takes addresses and CIDR ranges, comma-separated', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ OSS_TRUST_PROXY: ' 10.0.0.5, 192.168.10.0/24,::1,fd00::/8 ' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.10.0/24',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['true', '*', 'proxy.example.go.th', '10.0.0.0/33', '10.0.0.5/8/1', '::1/129', '10.0.0.256']) {
      expect(() => loadConfig({ OSS_TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });
});
