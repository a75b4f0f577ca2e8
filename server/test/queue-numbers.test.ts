import { describe, expect, it } from 'vitest';
import type { QueueEvent } from '@oss/shared';
import { queueFixture } from './queue-fixture.js';

describe('ticket numbers', () => {
  it('runs per service and per business day, three digits at least', () => {
    const { issue } = queueFixture();
    expect([issue('A'), issue('A'), issue('B'), issue('A')].map((t) => t.number)).toEqual(['A001', 'A002', 'B001', 'A003']);
  });

  it('goes past 999 without breaking', () => {
    const { queue, service } = queueFixture();
    let last = '';
    for (let i = 0; i < 1000; i++) last = queue.issue({ serviceId: service('C') }).ticket.number;
    expect(last).toBe('C1000');
  });

  it('starts again on the next business day in Bangkok, and expires what still waited', () => {
    const { queue, clock, issue } = queueFixture('2026-11-25T16:50:00.000Z'); // 23:50 in Bangkok
    const events: QueueEvent[] = [];
    queue.onEvents((e) => events.push(...e));
    const late = issue('A');
    expect(late.businessDay).toBe('2026-11-25');
    clock.set('2026-11-25T17:00:30.000Z'); // 00:00:30 the next day in Bangkok, still the 25th in UTC
    const next = issue('A');
    expect(next.number).toBe('A001');
    expect(next.businessDay).toBe('2026-11-26');
    expect(queue.tickets.byId(late.id)!.status).toBe('expired');
    const types = events.map((e) => e.type);
    expect(types).toEqual(['ticket.issued', 'ticket.expired', 'day.closed', 'ticket.issued']);
    expect(events[2]!.businessDay).toBe('2026-11-26');
  });

  it('closes the day on a timer tick even when nobody touches the queue', () => {
    const { queue, clock, issue } = queueFixture('2026-11-25T16:50:00.000Z');
    const t = issue('B');
    clock.set('2026-11-26T01:00:00.000Z');
    queue.tick();
    expect(queue.tickets.byId(t.id)!.status).toBe('expired');
    expect(queue.snapshot().tickets).toEqual([]);
    expect(queue.snapshot().businessDay).toBe('2026-11-26');
  });

  it('honours a daily cap and a closed service', () => {
    const { db, queue, service, issue } = queueFixture();
    db.prepare('UPDATE services SET daily_cap = 2 WHERE code = ?').run('D');
    db.prepare("UPDATE services SET open_time = '08:30', close_time = '09:00' WHERE code = 'E'").run();
    queue.invalidate();
    issue('D');
    issue('D');
    expect(() => issue('D')).toThrow(expect.objectContaining({ code: 'daily-cap-reached', status: 409 }));
    expect(() => issue('E')).toThrow(expect.objectContaining({ code: 'service-closed' }));
    const snap = queue.snapshot();
    expect(snap.services.find((s) => s.id === service('D'))!.open).toBe(false);
    expect(snap.services.find((s) => s.id === service('E'))!.open).toBe(false);
    expect(snap.services.find((s) => s.id === service('A'))!.open).toBe(true);
  });

  it('returns the first ticket for a repeated Idempotency-Key and refuses the key for another service', () => {
    const { queue, service } = queueFixture();
    const first = queue.issue({ serviceId: service('A') }, 'kiosk-1-attempt-7');
    const again = queue.issue({ serviceId: service('A') }, 'kiosk-1-attempt-7');
    expect(again.replayed).toBe(true);
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(queue.tickets.nextSeq(service('A'), '2026-11-25')).toBe(2);
    expect(() => queue.issue({ serviceId: service('B') }, 'kiosk-1-attempt-7')).toThrow(
      expect.objectContaining({ code: 'idempotency-key-reused' }),
    );
  });

  it('gives every ticket an unguessable tracking code', () => {
    const { issue } = queueFixture();
    const codes = new Set(Array.from({ length: 50 }, () => issue('A').trackingCode));
    expect(codes.size).toBe(50);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
  });

  it('keeps versions strictly increasing in the persisted log', () => {
    const { queue, issue } = queueFixture();
    const events: QueueEvent[] = [];
    queue.onEvents((e) => events.push(...e));
    issue('A');
    issue('B');
    queue.call(1, null);
    const versions = events.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(queue.log.latestVersion()).toBe(versions.at(-1));
    expect(queue.log.since(0, 100).map((e) => e.version)).toEqual(versions);
  });
});

describe('writes inside a change’s transaction', () => {
  it('commit with the change, and a failing one rolls the change back', () => {
    const { queue, service, db } = queueFixture();
    db.exec('CREATE TABLE side (version INTEGER)');
    const put = db.prepare('INSERT INTO side (version) VALUES (?)');
    let fail = false;
    queue.onEventsInTransaction((events) => {
      for (const e of events) put.run(e.version);
      if (fail) throw new Error('outbox full');
    });
    const t = queue.issue({ serviceId: service('A') }).ticket;
    expect(db.prepare('SELECT version FROM side').all()).toEqual([{ version: queue.log.latestVersion() }]);
    fail = true;
    expect(() => queue.issue({ serviceId: service('A') })).toThrow('outbox full');
    expect(db.prepare('SELECT COUNT(*) AS n FROM side').get()).toEqual({ n: 1 });
    expect(queue.tickets.nextSeq(service('A'), t.businessDay)).toBe(2);
  });
});
