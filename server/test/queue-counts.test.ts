// The waiting counts per service and lane (migration 006's triggers) and the places they give new
// tickets, against an independent recount, over random days of queue work, refused changes included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queuePositions, type Priority } from '@oss/shared';
import { openDatabase } from '../src/db/open.js';
import { migrate, MIGRATIONS } from '../src/db/migrate.js';
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

  it('are filled from the tickets already waiting when the migration runs', () => {
    const db = openDatabase(':memory:');
    db.exec('DROP TABLE queue_counts; DROP TRIGGER tickets_count_insert; DROP TRIGGER tickets_count_update;');
    db.pragma('user_version = 5');
    db.exec(
      `INSERT INTO services (id, code, name_th, name_en, avg_service_minutes) VALUES (1, 'A', 'ก', 'A', 5), (2, 'B', 'ข', 'B', 5)`,
    );
    const insert = db.prepare(`INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, priority,
      tracking_code, issued_at, queued_at) VALUES ('2026-11-25', ?, ?, ?, 'X', ?, ?, ?, 0, 0)`);
    const rows: Array<[number, string, Priority]> = [
      [1, 'waiting', 'none'],
      [1, 'waiting', 'elderly'],
      [1, 'transferred', 'none'],
      [1, 'called', 'none'],
      [2, 'waiting', 'none'],
      [2, 'done', 'none'],
    ];
    rows.forEach(([service, status, priority], i) => insert.run(service, service, i + 1, status, priority, `T${i}`));
    // Migration 006 (the counts) alone: the file already has every later one.
    migrate(db, MIGRATIONS, 6);
    expect(db.prepare('SELECT service_id, lane, n FROM queue_counts ORDER BY 1, 2').all()).toEqual([
      { service_id: 1, lane: 0, n: 1 },
      { service_id: 1, lane: 2, n: 2 },
      { service_id: 2, lane: 2, n: 1 },
    ]);
    db.close();
  });
});
