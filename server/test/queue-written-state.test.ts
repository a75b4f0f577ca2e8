// What the queue keeps in memory instead of reading back: the row a ticket update returns (the row
// it was given with the change laid over it) and the cached counters that calling reads (their
// priority ratio moved by each call). Both must equal the file after every change, through random
// queue work with refused changes rolled back, and in a group commit where one change is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketChange, TicketRow } from '../src/tickets/ticket-repo.js';
import { Op, run, workFixture, type WorkFixture } from './queue-work.js';

/** Checks every ticket update's returned row against the row as the database now has it. */
function checkUpdates(f: WorkFixture): { updates: number } {
  const { tickets } = f.queue;
  const update = tickets.update.bind(tickets);
  const seen = { updates: 0 };
  tickets.update = (row: TicketRow, change: TicketChange) => {
    const returned = update(row, change);
    expect(returned).toEqual(tickets.byId(row.id));
    seen.updates++;
    return returned;
  };
  return seen;
}

const expectCountersAsStored = (f: WorkFixture) => expect(f.queue.counters()).toEqual(f.queue.counterRepo.all());

describe('state the queue keeps instead of reading it back', () => {
  it('equals the database after every change of random queue work', () => {
    let updates = 0;
    let owedMoves = 0;
    fc.assert(
      fc.property(fc.array(Op, { minLength: 20, maxLength: 60 }), (ops) => {
        const f = workFixture();
        const seen = checkUpdates(f);
        for (const op of ops) {
          const owedBefore = f.queue.counterRepo.all().map((c) => c.normalOwed);
          run(f, op);
          expectCountersAsStored(f);
          if (f.queue.counterRepo.all().some((c, i) => c.normalOwed !== owedBefore[i])) owedMoves++;
        }
        updates += seen.updates;
        f.db.close();
      }),
      { numRuns: 60 },
    );
    // The work did move tickets and the counters' ratio, so the checks above were exercised.
    expect(updates).toBeGreaterThan(200);
    expect(owedMoves).toBeGreaterThan(20);
  });

  it("drops a refused call's ratio change in a group commit and keeps the one committed beside it", async () => {
    const f = workFixture();
    const { queue } = f;
    // A priority ticket called first sets the ratio (normal calls owed before the next priority
    // one); the calls after it take normal tickets though a priority one still waits.
    const counter = queue.counters().find((c) => c.id === 1)!;
    const served = counter.serviceIds[0]!;
    queue.issue({ serviceId: served, priority: 'elderly' });
    queue.issue({ serviceId: served, priority: 'monk' });
    queue.issue({ serviceId: served });
    expect(counter.normalOwed).toBe(0);

    const first = await queue.callSoon(1, null);
    expect(first!.priority).toBe('elderly');
    await queue.actSoon(first!.id, 'start', null);
    expect(queue.counterRepo.byId(1)!.normalOwed).toBe(counter.normalPerPriority);
    expectCountersAsStored(f);

    // The next call completes the served ticket and calls the normal one, lowering the owed
    // count; its writer fails, so the whole change is undone while a change beside it stands.
    f.refuse();
    const [refused, issued] = await Promise.allSettled([queue.callSoon(1, null), queue.issueSoon({ serviceId: served })]);
    expect(refused.status).toBe('rejected');
    expect(issued.status).toBe('fulfilled');
    expect(queue.counterRepo.byId(1)!.normalOwed).toBe(counter.normalPerPriority);
    expectCountersAsStored(f);
    const called = await queue.callSoon(1, null);
    expect(called!.priority).toBe('none');
    expect(queue.counterRepo.byId(1)!.normalOwed).toBe(counter.normalPerPriority - 1);
    expectCountersAsStored(f);
    f.db.close();
  });
});
