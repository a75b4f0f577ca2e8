// The waiting counts per service and lane (migration 006's triggers) and the places they give new
// tickets, against an independent recount, over random days of queue work, refused changes included.
// How the migration fills them from the tickets already waiting: migrations/006-queue-counts.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queuePositions } from '@oss/shared';
import { LANE_SQL, type TicketRow } from '../src/tickets/ticket-repo.js';
import { Views } from '../src/queue/views.js';
import { queueFixture } from './queue-fixture.js';
import { Op, run, workFixture, type WorkFixture } from './queue-work.js';

function expectCountsTrue(f: WorkFixture): void {
  const { db, queue } = f;
  const kept = db.prepare('SELECT service_id, lane, n FROM queue_counts WHERE n > 0 ORDER BY 1, 2').all();
  const recount = db
    .prepare(
      `SELECT service_id, ${LANE_SQL} AS lane, COUNT(*) AS n FROM tickets WHERE status IN ('waiting', 'transferred')
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  expect(kept).toEqual(recount);
  // Every queued ticket's place, from the repo (lane counts for the last of a lane, a range count
  // otherwise), against the screens' own ordering of the whole queue.
  const queued = db.prepare(`SELECT * FROM tickets WHERE status IN ('waiting', 'transferred')`).all() as TicketRow[];
  const shapes = new Views(queue.tickets, [], []);
  const positions = queuePositions(queued.map((r) => shapes.queueable(r)));
  for (const row of queued) expect(queue.tickets.ahead(row), `ticket ${row.id}`).toBe(positions.get(row.id)! - 1);
}

describe('waiting counts per lane', () => {
  it('stay equal to a recount, and give every queued ticket its place, through random queue work', () => {
    fc.assert(
      fc.property(fc.array(Op, { minLength: 1, maxLength: 40 }), (ops) => {
        const f = workFixture();
        for (const op of ops) {
          run(f, op);
          expectCountsTrue(f);
        }
        f.db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('gives a new ticket its place from the counts: behind priority, on-time appointments and earlier walk-ins', () => {
    const f = queueFixture();
    const a = f.service('A');
    f.issue('A');
    f.issue('A', 'elderly');
    f.issue('B');
    const onTime = f.queue.issue({ serviceId: a, appointmentAt: f.clock.now().getTime() + 5 * 60_000 }).ticket;
    expect(onTime.position).toBe(2); // after the priority ticket, before the walk-in
    const walkIn = f.issue('A');
    expect(walkIn.position).toBe(4);
    const priority = f.issue('A', 'monk');
    expect(priority.position).toBe(2);
    f.db.close();
  });
});
