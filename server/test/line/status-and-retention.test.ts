// The admin's view of LINE (quota warning, outbox), and the retention purge run by the relay's
// daily timer, moved along with the ManualClock.
import { afterEach, describe, expect, it } from 'vitest';
import { LineStatusResponse, ErrorBody } from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { storedQuota } from '../../src/line/quota.js';
import { lineEvent, postWebhook } from '../../../test/support/line-events.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CHANNEL_SECRET, lineHub, MORNING, type LineHub } from './line-fixture.js';

let h: LineHub | undefined;
let plain: TestHub | undefined;
afterEach(async () => {
  await h?.dispose();
  await plain?.dispose();
  h = plain = undefined;
});

async function status(hub: TestHub, token?: string) {
  const res = await fetch(`${hub.url}/api/v1/line/status`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('GET /api/v1/line/status', () => {
  it('warns supervisors and admins when the monthly quota runs low, and keeps staff out', async () => {
    h = await lineHub();
    h.fake.quota = { type: 'limited', limit: 500, usedBefore: 455 };
    const admin = await h.test.login();
    await h.test.hub.sessions.createUser({ username: 'somchai', displayName: 'สมชาย', role: 'staff', password: 'staff-pass-1' });
    const staff = await h.test.login('somchai', 'staff-pass-1');

    expect((await status(h.test)).status).toBe(401);
    const forbidden = await status(h.test, staff);
    expect(forbidden.status).toBe(403);
    expect(ErrorBody.parse(forbidden.body).error.code).toBe('forbidden');

    const before = LineStatusResponse.parse((await status(h.test, admin)).body);
    expect(before).toMatchObject({
      enabled: true,
      webhook: true,
      basicId: '@ossqueue',
      quota: null,
      warnings: [],
      retentionDays: 30,
    });

    expect(await h.relay.checkQuota()).toMatchObject({ limit: 500, used: 455, remaining: 45, low: true });
    const after = LineStatusResponse.parse((await status(h.test, admin)).body);
    expect(after.quota).toMatchObject({ type: 'limited', remaining: 45, low: true });
    expect(after.warnings).toHaveLength(1);
    expect(after.warnings[0]).toMatch(/^โควตาข้อความ LINE เดือนนี้เหลือ 45 จาก 500/);

    h.fake.quota = { type: 'limited', limit: 500, usedBefore: 10 };
    await h.relay.checkQuota();
    expect(LineStatusResponse.parse((await status(h.test, admin)).body).warnings).toEqual([]);
  });

  it('counts the outbox and reports LINE as off when no channel is configured', async () => {
    plain = await startTestHub();
    const body = LineStatusResponse.parse((await status(plain, await plain.login())).body);
    expect(body).toMatchObject({ enabled: false, webhook: false, quota: null, linkedUsers: 0 });
    expect(body.outbox).toEqual({ pending: 0, sent: 0, expired: 0, failed: 0, dropped: 0 });
    // No webhook without a channel.
    const res = await postWebhook(plain.url, CHANNEL_SECRET, []);
    expect(res.status).toBe(404);
  });
});

describe('LINE retention', () => {
  it('purges links, old pushes and seen webhook ids after the retention period, by the relay’s daily timer', async () => {
    const clock = new ManualClock(MORNING);
    h = await lineHub({ clock, tuning: { pollMs: 10 } });
    const t = h.issue();
    await postWebhook(h.test.url, CHANNEL_SECRET, [lineEvent.text('U1', `คิว ${t.trackingCode}`)]);
    await h.fake.waitFor(() => h!.fake.replies.length === 1);
    h.queue.call(1, null, t.id);
    await h.fake.waitFor(() => h!.fake.pushes.length === 1);
    expect([h.count('line_links'), h.count('line_outbox'), h.count('line_webhook_events')]).toEqual([1, 1, 1]);

    // A day later: nothing is old enough yet. The relay's first round after the move runs the
    // purge and then the hourly quota check, whose stamp (the moved clock) says that round ran.
    clock.advance(24 * 3600_000);
    const dayLater = clock.now().toISOString();
    await h.fake.waitFor(() => storedQuota(h!.queue.settings)?.checkedAt === dayLater);
    expect(h.count('line_links')).toBe(1);

    // Past the 30 days: the next daily run empties the tables.
    clock.advance(30 * 24 * 3600_000);
    const u = h.issue();
    h.follow(u, 'U2');
    await h.fake.waitFor(() => h!.count('line_webhook_events') === 0);
    expect(h.links.usersFor(t.id)).toEqual([]);
    expect(h.count('line_outbox')).toBe(0);
    // A link made since stays.
    expect(h.links.usersFor(u.id)).toEqual(['U2']);
  });
});
