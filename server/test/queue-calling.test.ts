import { describe, expect, it } from 'vitest';
import { queueFixture } from './queue-fixture.js';

// Demo counters: 1 serves A,B; 2 serves B,A,G; 3 serves C,H; 4 serves D,E,F. Each owes 2 normal
// calls after a priority one.

describe('who is called next', () => {
  it('calls only from the counter’s services, longest wait first', () => {
    const { queue, issue } = queueFixture();
    const c1 = issue('C');
    const a1 = issue('A');
    const b1 = issue('B');
    expect(queue.call(1, null)!.id).toBe(a1.id);
    expect(queue.call(3, null)!.id).toBe(c1.id);
    queue.act(a1.id, 'start', null);
    expect(queue.call(1, null)!.id).toBe(b1.id);
    expect(queue.call(4, null)).toBeNull();
  });

  it('calls priority tickets first, then owes normal calls by the ratio', () => {
    const { queue, issue } = queueFixture();
    const n = [issue('A'), issue('A'), issue('A'), issue('A')];
    const p = [issue('A', 'elderly'), issue('A', 'monk')];
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const t = queue.call(1, null)!;
      order.push(t.number);
      queue.act(t.id, 'complete', null);
    }
    // P first; then 2 normal; then P; then the rest.
    expect(order).toEqual([p[0]!.number, n[0]!.number, n[1]!.number, p[1]!.number, n[2]!.number, n[3]!.number]);
  });

  it('calls priority always first when the counter owes no normal calls (ratio 0)', () => {
    const { db, queue, issue } = queueFixture();
    db.prepare('UPDATE counters SET normal_per_priority = 0').run();
    queue.invalidate();
    issue('A');
    const p1 = issue('A', 'disabled');
    const p2 = issue('B', 'pregnant');
    expect(queue.call(1, null)!.id).toBe(p1.id);
    queue.act(p1.id, 'complete', null);
    expect(queue.call(1, null)!.id).toBe(p2.id);
  });

  it('puts an appointment checked in on time before walk-ins', () => {
    const { queue, clock, service, issue } = queueFixture();
    const walkIn = issue('A');
    const slot = clock.now().getTime() + 5 * 60_000;
    const booked = queue.issue({ serviceId: service('A'), appointmentAt: slot }).ticket;
    const late = queue.issue({ serviceId: service('A'), appointmentAt: clock.now().getTime() - 60 * 60_000 }).ticket;
    expect(booked.position).toBe(1);
    expect(queue.call(1, null)!.id).toBe(booked.id);
    queue.act(booked.id, 'complete', null);
    expect(queue.call(1, null)!.id).toBe(walkIn.id);
    queue.act(walkIn.id, 'complete', null);
    expect(queue.call(1, null)!.id).toBe(late.id);
  });

  it('calls a specific ticket, only from the counter’s services', () => {
    const { queue, issue } = queueFixture();
    issue('A');
    const second = issue('A');
    const c = issue('C');
    expect(queue.call(1, null, second.id)!.id).toBe(second.id);
    queue.act(second.id, 'start', null);
    expect(() => queue.call(1, null, c.id)).toThrow(expect.objectContaining({ code: 'not-served-here', status: 409 }));
    expect(() => queue.call(1, null, 9999)).toThrow(expect.objectContaining({ code: 'ticket-not-found', status: 404 }));
  });

  it('completes the ticket being served on call-next, refuses while one is only called', () => {
    const { queue, issue } = queueFixture();
    const a = issue('A');
    const b = issue('A');
    queue.call(1, null);
    expect(() => queue.call(1, null)).toThrow(expect.objectContaining({ code: 'counter-busy' }));
    queue.act(a.id, 'start', null);
    expect(queue.call(1, null)!.id).toBe(b.id);
    expect(queue.tickets.byId(a.id)!.status).toBe('done');
  });

  it('refuses calls at a paused counter and an unknown one', () => {
    const { queue, issue } = queueFixture();
    issue('A');
    queue.setCounterOpen(1, false, null);
    expect(() => queue.call(1, null)).toThrow(expect.objectContaining({ code: 'counter-closed' }));
    queue.setCounterOpen(1, true, null);
    expect(queue.call(1, null)).not.toBeNull();
    expect(() => queue.call(77, null)).toThrow(expect.objectContaining({ code: 'counter-not-found' }));
  });
});

describe('position and wait', () => {
  it('counts the tickets ahead in the ticket’s own queue, priority first', () => {
    const { queue, issue } = queueFixture();
    const a1 = issue('A');
    issue('B');
    const a2 = issue('A');
    const pr = issue('A', 'elderly');
    expect(queue.track(a1.trackingCode).ahead).toBe(1);
    expect(queue.track(a2.trackingCode).ahead).toBe(2);
    expect(queue.track(pr.trackingCode).ahead).toBe(0);
    const snap = queue.snapshot();
    expect(snap.tickets.find((t) => t.id === a2.id)!.position).toBe(3);
    expect(snap.tickets.find((t) => t.id === pr.id)!.position).toBe(1);
  });

  it('estimates the wait from the service time over the open counters serving it', () => {
    const { queue, issue } = queueFixture();
    // A: 10 minutes, served by counters 1 and 2.
    for (let i = 0; i < 4; i++) issue('A');
    const fifth = issue('A');
    // 4 ahead × 10 min ÷ 2 counters = 20 min → 15–25.
    expect(fifth.estimatedWait).toEqual({ minMinutes: 15, maxMinutes: 25 });
    queue.setCounterOpen(2, false, null);
    // One counter: 40 min → 30–50.
    expect(queue.track(fifth.trackingCode).ticket.estimatedWait).toEqual({ minMinutes: 30, maxMinutes: 50 });
  });

  it('learns the service time from today’s finished tickets', () => {
    const { queue, clock, issue } = queueFixture();
    for (let i = 0; i < 3; i++) {
      const t = issue('C');
      queue.call(3, null);
      queue.act(t.id, 'start', null);
      clock.advance(2 * 60_000);
      queue.act(t.id, 'complete', null);
    }
    issue('C');
    const t = issue('C');
    // 1 ahead × 2 min ÷ 1 counter (3 serves C) = 2 min.
    expect(queue.track(t.trackingCode).ticket.estimatedWait).toEqual({ minMinutes: 1, maxMinutes: 3 });
  });

  it('lists what counters serve now on the tracker', () => {
    const { queue, issue } = queueFixture();
    const a = issue('A');
    const b = issue('A');
    queue.call(2, null);
    const track = queue.track(b.trackingCode);
    expect(track.nowServing).toEqual([{ number: a.number, counterName: 'ช่องบริการ 2' }]);
    expect(track.service.code).toBe('A');
  });
});
