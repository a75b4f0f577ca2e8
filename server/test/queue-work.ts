// Random queue work for property tests: issues (priority, appointments), calls, every ticket
// action, transfers, the clock, closing the day, and changes refused inside their transaction
// (an in-transaction writer failing after the change was written), which must leave nothing.
import fc from 'fast-check';
import { expect } from 'vitest';
import { TICKET_ACTIONS, type Priority } from '@oss/shared';
import { AppError } from '../src/errors.js';
import { queueFixture } from './queue-fixture.js';

export const Op = fc.oneof(
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
  { arbitrary: fc.record({ kind: fc.constant('refused-call' as const), counter: fc.integer({ min: 1, max: 4 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('clock' as const), ms: fc.integer({ min: 0, max: 600_000 }) }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'close-day' as const }), weight: 1 },
);
export type Op = typeof Op extends fc.Arbitrary<infer T> ? T : never;

/** Refusals (a wrong transition, a busy counter) are part of the work: they must change nothing. */
function attempt(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

/** A fixture whose in-transaction writer fails the next change after `refuse()`. */
export function workFixture() {
  const f = queueFixture();
  let refuseNext = false;
  f.queue.onEventsInTransaction(() => {
    if (!refuseNext) return;
    refuseNext = false;
    throw new Error('refused by the test');
  });
  return {
    ...f,
    refuse: (on = true) => {
      refuseNext = on;
    },
  };
}

export type WorkFixture = ReturnType<typeof workFixture>;

export function run(f: WorkFixture, op: Op): void {
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
      f.refuse();
      expect(() => queue.issue({ serviceId: f.service(op.service) })).toThrow('refused by the test');
      break;
    case 'refused-call':
      // The same for a call, after it completed the ticket at the counter, called the next and
      // moved the counter's priority ratio; a call with nothing to do writes no event and stands.
      f.refuse();
      try {
        queue.call(op.counter, null);
      } catch (err) {
        if (!(err instanceof AppError) && !(err instanceof Error && err.message === 'refused by the test')) throw err;
      }
      f.refuse(false);
      break;
    case 'clock':
      clock.advance(op.ms);
      break;
    case 'close-day':
      attempt(() => queue.closeDay(null));
      break;
  }
}
