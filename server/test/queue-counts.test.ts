// The waiting counts per service and lane (migration 006's triggers) and the places they give new
// tickets, against an independent recount, over random days of queue work, refused changes included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queuePositions, TICKET_ACTIONS, type Priority } from '@oss/shared';
import { openDatabase } from '../src/db/open.js';
import { AppError } from '../src/errors.js';
import { migrate, MIGRATIONS } from '../src/db/migrate.js';
import { LANE_SQL, type TicketRow } from '../src/tickets/ticket-repo.js';
import { Views } from '../src/queue/views.js';
import { queueFixture } from './queue-fixture.js';

type Fixture = ReturnType<typeof queueFixture>;

const Op = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      service: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'),
      priority: fc.constantFrom<Priority>('none', 'none', 'none', 'elderly', 'monk'),
      // Minutes from now to an appointment slot: on time, late, or none.
      appointment: fc.option(fc.integer({ min: -40, max: 30 }), { freq: 3 }),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('call' as const), counter: fc.integer({ min: 1, max: 4 }) }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('act' as const), pick: fc.nat(), action: fc.constantFrom(...TICKET_ACTIONS) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      pick: fc.nat(),
      service: fc.constantFrom('A', 'B', 'C', 'D'),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('refused' as const), service: fc.constantFrom('A', 'B') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('clock' as const), ms: fc.integer({ min: 0, max: 600_000 }) }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'close-day' as const }), weight: 1 },
);
type Op = typeof Op extends fc.Arbitrary<infer T> ? T : never;

/** Refusals (a wrong transition, a busy counter) are part of the work: they must change nothing. */
function attempt(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

function run(f: Fixture, op: Op, refuse: { next: boolean }): void {
  const { queue, clock, db } = f;
  const all = () => db.prepare('SELECT id FROM tickets ORDER BY id').all() as Array<{ id: number }>;
  const pick = (n: number) => {
    const ids = all();
    return ids.length === 0 ? undefined : ids[n % ids.length]!.id;
  };
  switch (op.kind) {
    case 'issue': {
      const appointmentAt = op.appointment === null ? null : clock.now().getTime() + op.appointment * 60_000;
      attempt(() => queue.issue({ serviceId: f.service(op.service), priority: op.priority, appointmentAt }));
      break;
    }
    case 'call':
      attempt(() => queue.call(op.counter, null));
      break;
    case 'act': {
      const id = pick(op.pick);
      if (id !== undefined) attempt(() => queue.act(id, op.action, null, { counterId: 1 }));
      break;
    }
    case 'transfer': {
      const id = pick(op.pick);
      if (id !== undefined) attempt(() => queue.transfer(id, f.service(op.service), null));
      break;
    }
    case 'refused':
      // A change whose in-transaction writer fails after the ticket went in: all of it rolls back.
      refuse.next = true;
      expect(() => queue.issue({ serviceId: f.service(op.service) })).toThrow('refused by the test');
      break;
    case 'clock':
      clock.advance(op.ms);
      break;
    case 'close-day':
      attempt(() => queue.closeDay(null));
      break;
  }
}

function expectCountsTrue(f: Fixture): void {
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
        const f = queueFixture();
        const refuse = { next: false };
        f.queue.onEventsInTransaction(() => {
          if (!refuse.next) return;
          refuse.next = false;
          throw new Error('refused by the test');
        });
        for (const op of ops) {
          run(f, op, refuse);
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
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT service_id, lane, n FROM queue_counts ORDER BY 1, 2').all()).toEqual([
      { service_id: 1, lane: 0, n: 1 },
      { service_id: 1, lane: 2, n: 2 },
      { service_id: 2, lane: 2, n: 1 },
    ]);
    db.close();
  });
});
