// The services and counters that GET /services and GET /counters answer are read on their own,
// without building the whole live queue; they must be exactly the snapshot's.
import { describe, expect, it } from 'vitest';
import { queueFixture } from './queue-fixture.js';

describe('services and counters without the snapshot', () => {
  it('are the snapshot’s own, through a day of work and past midnight', () => {
    const f = queueFixture();
    const { queue, clock } = f;
    const same = () => {
      const snap = queue.snapshot();
      expect(queue.serviceViews()).toEqual(snap.services);
      expect(queue.counterViews()).toEqual(snap.counters);
    };
    same();
    for (let i = 0; i < 30; i++) f.issue(['A', 'B', 'C', 'D'][i % 4]!, i % 7 === 0 ? 'elderly' : 'none');
    queue.call(1, null);
    const serving = queue.call(3, null)!;
    queue.act(serving.id, 'start', null);
    queue.setCounterOpen(2, false, null);
    same();
    expect(queue.counterViews().find((c) => c.id === 3)!.current).toMatchObject({ id: serving.id, status: 'serving' });
    // A ticket still being served at midnight stays at its counter but is not today's.
    clock.advance(24 * 3600_000);
    same();
    expect(queue.counterViews().find((c) => c.id === 3)!.current).toBeNull();
    f.db.close();
  });
});
