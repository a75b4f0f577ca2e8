// Forgot password through a local SMTP sink (the link works once, then never; an old link has
// expired; the answer is the same for unknown addresses), and LINE Login against a fake OAuth
// server (state checked, PKCE, account made on first login, linking to a logged-in account).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startFakeLineLogin, type FakeLineLogin } from '../../../test/support/fake-line-login.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { mailText, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { CitizenClient, errorCode, makeCid } from './portal-kit.js';

let hub: TestHub;
let sink: SmtpSink;
let fake: FakeLineLogin;
const clock = new ManualClock('2026-03-10T02:00:00Z');

beforeAll(async () => {
  sink = await startSmtpSink();
  fake = await startFakeLineLogin();
  hub = await startTestHub({
    seed: 'demo',
    clock,
    // Links and LINE Login's callback are built only from OSS_PUBLIC_URL (public-url.test.ts).
    publicUrl: 'self',
    mail: { smtpUrl: sink.url, from: 'OSS Maha Sarakham <oss@example.go.th>' },
    portal: {
      lineLogin: {
        channelId: fake.channelId,
        channelSecret: fake.channelSecret,
        authorizeUrl: fake.authorizeUrl,
        tokenUrl: fake.tokenUrl,
        profileUrl: fake.profileUrl,
      },
    },
  });
});
afterAll(async () => {
  await hub.dispose();
  await sink.close();
  await fake.close();
});

const resetLink = (text: string) => {
  const m = /(http:\/\/\S+\/portal\/reset\?token=([A-Za-z0-9_-]+))/.exec(text);
  if (!m) throw new Error(`no link in: ${text}`);
  return { url: m[1]!, token: m[2]! };
};

describe('forgot password', () => {
  it('mails a link that works once, and gives the same answer for an unknown address', async () => {
    const c = new CitizenClient(hub);
    await c.register({ username: 'napat', email: 'napat@example.com', citizenId: makeCid('100000000001') });

    const unknown = await c.call('POST', '/citizens/password-reset', { email: 'nobody@example.com' });
    const known = await c.call('POST', '/citizens/password-reset', { email: 'Napat@Example.com' });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await hub.hub.portal.reset.settle();
    const [mail] = await sink.waitFor(1);
    expect(sink.messages).toHaveLength(1);
    expect(mail!.to).toEqual(['napat@example.com']);
    expect(mail!.from).toBe('oss@example.go.th');
    const text = mailText(mail!.raw);
    expect(text).toContain('napat');
    const { url, token } = resetLink(text);
    expect(url.startsWith(hub.url)).toBe(true);
    // The token is stored only as its hash.
    const stored = hub.db.prepare('SELECT token_hash FROM password_resets').all() as Array<{ token_hash: string }>;
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const confirm = await c.call('POST', '/citizens/password-reset/confirm', { token, password: 'a brand new password' });
    expect(confirm.status).toBe(200);
    // The old login ended with the reset.
    expect((await c.call('GET', '/citizens/me')).status).toBe(401);
    const again = await c.call('POST', '/citizens/password-reset/confirm', { token, password: 'yet another password' });
    expect(again.status).toBe(400);
    expect(errorCode(again)).toBe('reset-token-invalid');
    expect((await c.call('POST', '/citizens/login', { username: 'napat', password: 'correct horse battery' })).status).toBe(401);
    expect((await c.call('POST', '/citizens/login', { username: 'napat', password: 'a brand new password' })).status).toBe(200);
  });

  it("ends the account's other links once one is used, and refuses a weak password without using the link", async () => {
    const c = new CitizenClient(hub);
    await c.register({ username: 'pim', email: 'pim@example.com', citizenId: makeCid('100000000093') });
    // The address's reset budget (10 per 15 minutes) is whole again.
    clock.advance(15 * 60_000);
    const before = sink.messages.length;
    for (let i = 0; i < 3; i++)
      expect((await c.call('POST', '/citizens/password-reset', { email: 'pim@example.com' })).status).toBe(202);
    await hub.hub.portal.reset.settle();
    const mails = await sink.waitFor(before + 3);
    const [first, second, third] = mails.slice(before).map((m) => resetLink(mailText(m.raw)).token);

    // A guessable password is refused with a hint, and the link still works afterwards.
    const weak = await c.call('POST', '/citizens/password-reset/confirm', { token: second, password: 'password1' });
    expect(weak.status).toBe(400);
    expect(errorCode(weak)).toBe('weak-password');
    expect(JSON.stringify(weak.body)).toMatch(/commonly used/);
    expect((await c.call('POST', '/citizens/login', { username: 'pim', password: 'correct horse battery' })).status).toBe(200);

    const used = await c.call('POST', '/citizens/password-reset/confirm', { token: second, password: 'lantern meadow copper' });
    expect(used.status).toBe(200);
    // The mails sent before are of no use now: a stolen older link cannot undo the new password.
    for (const token of [first, third]) {
      const late = await c.call('POST', '/citizens/password-reset/confirm', { token, password: 'pebble harbor violin' });
      expect(late.status).toBe(400);
      expect(errorCode(late)).toBe('reset-token-invalid');
    }
    expect((await c.call('POST', '/citizens/login', { username: 'pim', password: 'lantern meadow copper' })).status).toBe(200);
  });

  it('refuses a link after 30 minutes', async () => {
    const c = new CitizenClient(hub);
    await c.register({ username: 'kanya', email: 'kanya@example.com', citizenId: makeCid('100000000002') });
    const before = sink.messages.length;
    expect((await c.call('POST', '/citizens/password-reset', { email: 'kanya@example.com' })).status).toBe(202);
    await hub.hub.portal.reset.settle();
    const mails = await sink.waitFor(before + 1);
    const { token } = resetLink(mailText(mails[before]!.raw));
    clock.advance(31 * 60_000);
    const late = await c.call('POST', '/citizens/password-reset/confirm', { token, password: 'too late password' });
    expect(late.status).toBe(400);
    expect(errorCode(late)).toBe('reset-token-invalid');
  });
});

describe('LINE Login', () => {
  async function lineLogin(c: CitizenClient, tamper?: (callback: URL) => void): Promise<string> {
    const start = await fetch(`${hub.url}/api/v1/citizens/line-login`, {
      redirect: 'manual',
      headers: c.cookie ? { cookie: c.cookie } : {},
    });
    expect(start.status).toBe(302);
    const stateCookie = start.headers
      .getSetCookie()
      .find((s) => s.startsWith('oss_line_state='))!
      .split(';')[0]!;
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(fake.base);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${hub.url}/api/v1/citizens/line-login/callback`);
    // The fake "user" consents at once: LINE sends the browser back with a code.
    const consent = await fetch(authorize, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const callback = new URL(consent.headers.get('location')!);
    tamper?.(callback);
    const back = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: [stateCookie, c.cookie].filter(Boolean).join('; ') },
    });
    expect(back.status).toBe(302);
    c.keepCookie(back.headers);
    return back.headers.get('location')!;
  }

  it('logs in a new LINE user (an account with the LINE name, consent still to give)', async () => {
    const info = await new CitizenClient(hub).call('GET', '/citizens/portal-info');
    expect(info.body).toEqual({ lineLogin: true });
    const c = new CitizenClient(hub);
    expect(await lineLogin(c)).toBe('/portal/');
    expect(fake.tokenCalls.at(-1)).toEqual({ ok: true });
    const me = await c.call<{ citizen: Record<string, unknown> }>('GET', '/citizens/me');
    expect(me.status).toBe(200);
    expect(me.body.citizen).toMatchObject({ name: 'สมหญิง LINE', lineLinked: true, needsConsent: true, profileComplete: false });
    // Requests wait for consent.
    const early = await c.call('POST', '/requests', { serviceId: 1, subject: 'x', details: '', contact: 'line' });
    expect(errorCode(early)).toBe('consent-required');
    expect((await c.call('POST', '/citizens/consent', { termsVersion: 1, acceptTerms: true })).status).toBe(200);
    expect((await c.call('POST', '/requests', { serviceId: 1, subject: 'x', details: '', contact: 'line' })).status).toBe(201);

    // The same LINE user again: the same account.
    const again = new CitizenClient(hub);
    await lineLogin(again);
    const id = (await again.call<{ citizen: { id: number } }>('GET', '/citizens/me')).body.citizen.id;
    expect(id).toBe(me.body.citizen.id);
  });

  it('refuses a callback whose state does not match, and one replayed', async () => {
    const c = new CitizenClient(hub);
    const where = await lineLogin(c, (cb) => cb.searchParams.set('state', 'forged-state-value'));
    expect(where).toBe('/portal/login?error=line-login-state');
    expect(c.cookie).toBeNull();
  });

  it('links LINE to an account that is logged in', async () => {
    fake.user = { userId: 'Uffffffffffffffffffffffffffffff01', displayName: 'Someone' };
    const c = new CitizenClient(hub);
    await c.register({ username: 'linker', email: 'linker@example.com', citizenId: makeCid('100000000003') });
    expect(await lineLogin(c)).toBe('/portal/?linked=line');
    const me = await c.call<{ citizen: { lineLinked: boolean; username: string } }>('GET', '/citizens/me');
    expect(me.body.citizen).toMatchObject({ lineLinked: true, username: 'linker' });
  });

  it('is off (404) without a channel', async () => {
    const plain = await startTestHub({ seed: 'none' });
    try {
      const res = await fetch(`${plain.url}/api/v1/citizens/line-login`, { redirect: 'manual' });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('line-login-off');
    } finally {
      await plain.dispose();
    }
  });
});
