// The automatic day close on its own: off without a closing time, once per business day, not on
// a day closed by hand, and again the next day.
import { describe, expect, it, vi } from 'vitest';
import { AuditRepo } from '../../src/admin/audit-repo.js';
import { AutoDayClose } from '../../src/queue/auto-close.js';
import { queueFixture } from '../queue-fixture.js';

function setup() {
  const f = queueFixture('2026-11-25T08:00:00+07:00');
  let closeTime: string | null = null;
  const errors: unknown[] = [];
  const auto = new AutoDayClose({
    queue: f.queue,
    clock: f.clock,
    timeZone: 'Asia/Bangkok',
    audit: new AuditRepo(f.db, f.clock),
    closeTime: () => closeTime,
    onError: (e) => errors.push(e),
  });
  return { ...f, auto, errors, setCloseTime: (t: string | null) => (closeTime = t) };
}

describe('automatic day close', () => {
  it('does nothing without a closing time', () => {
    const { auto, clock, issue } = setup();
    issue('A');
    clock.set('2026-11-25T23:00:00+07:00');
    expect(auto.check()).toBeNull();
  });

  it('closes once at the closing time, expiring what waits, and again the next day', () => {
    const { auto, clock, issue, queue, setCloseTime } = setup();
    setCloseTime('16:30');
    const t = issue('A');
    issue('B');
    clock.set('2026-11-25T16:29:59+07:00');
    expect(auto.check()).toBeNull();
    clock.set('2026-11-25T16:30:00+07:00');
    expect(auto.check()).toEqual({ businessDay: '2026-11-25', expired: 2 });
    expect(queue.tickets.byId(t.id)!.status).toBe('expired');
    clock.set('2026-11-25T17:00:00+07:00');
    issue('A');
    expect(auto.check()).toBeNull();
    clock.set('2026-11-26T16:31:00+07:00');
    expect(auto.check()).toEqual({ businessDay: '2026-11-26', expired: 0 });
  });

  it('skips a day an admin closed with the button, and catches up after a restart past closing time', () => {
    const { auto, clock, issue, queue, setCloseTime } = setup();
    setCloseTime('16:30');
    issue('A');
    clock.set('2026-11-25T15:00:00+07:00');
    queue.closeDay(null);
    clock.set('2026-11-25T16:45:00+07:00');
    expect(auto.check()).toBeNull();
    // The hub was off at closing time the next day: the first look after closes it.
    clock.set('2026-11-26T09:00:00+07:00');
    issue('A');
    clock.set('2026-11-26T18:00:00+07:00');
    expect(auto.check()).toEqual({ businessDay: '2026-11-26', expired: 1 });
  });

  it('runs on a timer and reports errors instead of throwing', () => {
    const { auto, clock, setCloseTime, errors, db } = setup();
    setCloseTime('16:30');
    clock.set('2026-11-25T17:00:00+07:00');
    db.close();
    // A fake timer: its round comes when the test moves time, however busy the machine is.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      auto.start(5);
      expect(errors).toEqual([]);
      vi.advanceTimersByTime(5);
      auto.stop();
    } finally {
      vi.useRealTimers();
    }
    expect(errors.length).toBeGreaterThan(0);
  });
});
