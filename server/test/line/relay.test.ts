// The outbox and the relay against a fake LINE API: written with the change, sent exactly once
// across outages, backing off on 5xx/429/timeouts, stale alerts dropped.
import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { lineCore, type LineCoreFixture } from './line-fixture.js';

let h: LineCoreFixture;
afterEach(async () => h?.dispose());

/** Counter 1 serves A and B: call a ticket there and finish it. */
function serveNext(h: LineCoreFixture): Ticket {
  const t = h.queue.call(1, null)!;
  h.queue.act(t.id, 'complete', null);
  return t;
}

const kinds = (h: LineCoreFixture) => h.outbox().map((r) => r.kind);

describe('LINE outbox', () => {
  it('writes nothing for tickets nobody follows', async () => {
    h = await lineCore();
    h.issue();
    serveNext(h);
    expect(h.outbox()).toEqual([]);
  });

  it('writes a followed ticket’s alerts with its changes, and nothing for a refused change', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    expect(() => h.queue.call(1, null)).toThrow(/still called/);
    h.queue.act(t.id, 'recall', null);
    h.queue.act(t.id, 'complete', null);
    expect(kinds(h)).toEqual(['ticket.called', 'ticket.recalled', 'ticket.done']);
    const called = h.outbox()[0]!;
    expect(called).toMatchObject({ line_user_id: 'U1', ticket_id: t.id, status: 'pending', attempts: 0 });
    expect(called.expires_at - called.created_at).toBe(10 * 60_000);
  });

  it('puts only the number, service and counter in a message (no priority, no staff note)', async () => {
    h = await lineCore();
    const t = h.issue('A', { priority: 'elderly' });
    h.follow(t, 'U1');
    h.queue.transfer(t.id, h.serviceId('B'), null, 'ผู้ป่วยติดเตียง โทร 0812345678');
    h.queue.call(1, null, t.id);
    const body = h.outbox().find((r) => r.kind === 'ticket.called')!.messages;
    expect(body).toContain(t.number);
    expect(body).toContain('ช่องบริการ 1');
    expect(body).not.toMatch(/ติดเตียง|0812345678|ผู้สูงอายุ|elderly/);
  });

  it('sends "N ahead" once, when the followed ticket has 3 before it', async () => {
    h = await lineCore();
    const tickets = Array.from({ length: 6 }, () => h.issue());
    const mine = tickets[5]!;
    h.follow(mine, 'U1');
    serveNext(h);
    expect(kinds(h)).toEqual([]);
    serveNext(h);
    expect(kinds(h)).toEqual(['ticket.ahead']);
    expect(h.outbox()[0]!.messages).toContain('รออีก 3 คิว');
    serveNext(h);
    serveNext(h);
    expect(kinds(h)).toEqual(['ticket.ahead']);
  });
});

describe('LINE relay', () => {
  it('delivers every message exactly once after LINE was down for a while', async () => {
    h = await lineCore();
    const [a, b] = [h.issue(), h.issue()];
    h.follow(a, 'U1');
    h.follow(b, 'U2');
    await h.fake.down();
    h.queue.call(1, null, a.id);
    h.queue.act(a.id, 'complete', null);
    h.queue.call(1, null, b.id);
    const first = await h.relay.flush();
    expect(first).toMatchObject({ sent: 0 });
    expect(first.retryAt).not.toBeNull();
    expect(h.relay.status().lastError?.reason).toMatch(/network|timeout/);
    // Still down, later: the back-off grows and nothing is lost.
    h.clock.advance(5000);
    expect((await h.relay.flush()).sent).toBe(0);
    expect(h.outbox().every((r) => r.status === 'pending')).toBe(true);

    await h.fake.up();
    h.clock.advance(60_000);
    const result = await h.relay.flush();
    expect(result).toMatchObject({ sent: 3, duplicates: 0, expired: 0, retryAt: null });
    expect(h.fake.pushes.map((p) => p.to)).toEqual(['U1', 'U1', 'U2']);
    expect(h.fake.pushes.map((p) => p.retryKey)).toEqual(h.outbox().map((r) => r.retry_key));
    expect(new Set(h.fake.pushes.map((p) => p.retryKey)).size).toBe(3);
    expect(h.outbox().every((r) => r.status === 'sent')).toBe(true);
    expect(await h.relay.flush()).toMatchObject({ sent: 0 });
    expect(h.fake.pushes).toHaveLength(3);
  });

  it('retries a push whose answer timed out with the same key: LINE’s 409 keeps it to one', async () => {
    // The hub's time limit is real time (not the injected clock). LINE holds its answer far past it,
    // so the first try times out however busy the machine; the limit still leaves the retry time.
    h = await lineCore({ tuning: { requestTimeoutMs: 2000 } });
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    h.fake.setMode('slow', { delayMs: 30_000 });
    const first = await h.relay.flush();
    expect(first.sent).toBe(0);
    expect(h.relay.status().lastError?.reason).toBe('timeout');
    // LINE accepted it (the request may land after the hub gave up); the hub never heard.
    await h.fake.waitFor(() => h.fake.pushes.length === 1);

    h.fake.setMode('ok');
    h.clock.advance(2000);
    expect(await h.relay.flush()).toMatchObject({ sent: 0, duplicates: 1 });
    expect(h.fake.pushes).toHaveLength(1);
    expect(h.fake.attempts.map((a) => a.status)).toEqual([200, 409]);
    expect(h.fake.attempts[0]!.retryKey).toBe(h.fake.attempts[1]!.retryKey);
    expect(h.outbox()[0]!.status).toBe('sent');
  });

  it('backs off exponentially on 500 and delivers when LINE recovers', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    h.fake.setMode('error500');
    const start = h.clock.now().getTime();
    const first = (await h.relay.flush()).retryAt!.getTime() - start;
    expect(first).toBeGreaterThanOrEqual(800);
    expect(first).toBeLessThanOrEqual(1200);
    // Not before the back-off is over.
    await h.relay.flush();
    expect(h.fake.attempts).toHaveLength(1);
    h.clock.advance(1300);
    const second = (await h.relay.flush()).retryAt!.getTime() - h.clock.now().getTime();
    expect(second).toBeGreaterThanOrEqual(1600);
    expect(h.fake.attempts.map((a) => a.status)).toEqual([500, 500]);
    expect(h.outbox()[0]).toMatchObject({ attempts: 2, last_error: 'http 500', status: 'pending' });

    h.fake.setMode('ok');
    h.clock.advance(2500);
    expect((await h.relay.flush()).sent).toBe(1);
    expect(h.fake.pushes).toHaveLength(1);
  });

  it('waits as long as Retry-After says on 429', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    h.fake.setMode('rate-limited', { retryAfter: 30 });
    const start = h.clock.now().getTime();
    expect((await h.relay.flush()).retryAt!.getTime()).toBe(start + 30_000);
    expect(h.relay.status().retryAt).toBe(new Date(start + 30_000).toISOString());
    h.fake.setMode('ok');
    h.clock.advance(29_000);
    await h.relay.flush();
    expect(h.fake.attempts).toHaveLength(1);
    h.clock.advance(1000);
    expect((await h.relay.flush()).sent).toBe(1);
    expect(h.fake.attempts.map((a) => a.status)).toEqual([429, 200]);
  });

  it('takes a 409 as already delivered and does not send again', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    h.fake.setMode('conflict');
    expect(await h.relay.flush()).toMatchObject({ sent: 0, duplicates: 1, retryAt: null });
    expect(h.outbox()[0]!.status).toBe('sent');
    h.fake.setMode('ok');
    await h.relay.flush();
    expect(h.fake.attempts).toHaveLength(1);
    expect(h.fake.pushes).toHaveLength(0);
  });

  it('drops a "called" alert that went stale while LINE was unreachable, but still sends the rating prompt', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    await h.fake.down();
    h.queue.call(1, null, t.id);
    h.queue.act(t.id, 'complete', null);
    await h.relay.flush();
    await h.fake.up();
    h.clock.advance(11 * 60_000);
    expect(await h.relay.flush()).toMatchObject({ sent: 1, expired: 1 });
    expect(h.outbox().map((r) => [r.kind, r.status])).toEqual([
      ['ticket.called', 'expired'],
      ['ticket.done', 'sent'],
    ]);
    expect(h.fake.pushes).toHaveLength(1);
    expect(h.fake.pushes[0]!.messages[0]!.altText).toMatch(/ให้คะแนน/);
  });

  it('marks a message LINE refuses as failed and goes on with the next', async () => {
    h = await lineCore();
    const t = h.issue();
    h.follow(t, 'U1');
    h.queue.call(1, null, t.id);
    h.queue.act(t.id, 'complete', null);
    // An unusable row (too many messages for one push): LINE answers 400.
    h.db.prepare("UPDATE line_outbox SET messages = json_array(1,2,3,4,5,6) WHERE kind = 'ticket.called'").run();
    expect(await h.relay.flush()).toMatchObject({ sent: 1, failed: 1 });
    expect(h.outbox().map((r) => r.status)).toEqual(['failed', 'sent']);
  });
});
