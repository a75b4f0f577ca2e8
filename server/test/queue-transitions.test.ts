import { describe, expect, it } from 'vitest';
import { TICKET_ACTIONS, type TicketAction, type TicketStatus } from '@oss/shared';
import { TRANSITIONS } from '../src/queue/transitions.js';
import { queueFixture } from './queue-fixture.js';

type Fixture = ReturnType<typeof queueFixture>;

/** Brings a fresh ticket of service A to a status through the engine's own actions. */
function ticketIn(f: Fixture, status: TicketStatus): number {
  const t = f.issue('A');
  const { queue } = f;
  const call = () => queue.call(1, null, t.id);
  switch (status) {
    case 'waiting':
      break;
    case 'called':
      call();
      break;
    case 'serving':
      call();
      queue.act(t.id, 'start', null);
      break;
    case 'done':
      call();
      queue.act(t.id, 'complete', null);
      break;
    case 'no-show':
      call();
      queue.act(t.id, 'no-show', null);
      break;
    case 'held':
      call();
      queue.act(t.id, 'start', null);
      queue.act(t.id, 'hold', null);
      break;
    case 'transferred':
      queue.transfer(t.id, f.service('B'), null);
      break;
    case 'cancelled':
      queue.act(t.id, 'cancel', null);
      break;
    case 'expired':
      queue.closeDay(null);
      break;
  }
  expect(queue.tickets.byId(t.id)!.status).toBe(status);
  return t.id;
}

const STATUSES: TicketStatus[] = [
  'waiting',
  'called',
  'serving',
  'done',
  'no-show',
  'held',
  'transferred',
  'cancelled',
  'expired',
];

describe('ticket transitions', () => {
  for (const action of TICKET_ACTIONS) {
    for (const from of STATUSES) {
      const legal = TRANSITIONS[action].from.includes(from);
      it(`${action} from ${from} is ${legal ? 'allowed' : 'refused with 409'}`, () => {
        const f = queueFixture();
        const id = ticketIn(f, from);
        const before = f.queue.tickets.byId(id)!;
        const version = f.queue.log.latestVersion();
        if (legal) {
          const after = f.queue.act(id, action as TicketAction, null);
          expect(after.status).toBe(TRANSITIONS[action].to);
          expect(f.queue.log.latestVersion()).toBeGreaterThan(version);
          expect(f.queue.log.since(version, 10).at(-1)!.type).toBe(TRANSITIONS[action].event);
        } else {
          expect(() => f.queue.act(id, action as TicketAction, null)).toThrow(
            expect.objectContaining({ status: 409, code: 'invalid-transition' }),
          );
          expect(f.queue.tickets.byId(id)).toEqual(before);
          expect(f.queue.log.latestVersion()).toBe(version);
        }
      });
    }
  }

  it('recall counts the recalls and keeps the ticket at its counter', () => {
    const f = queueFixture();
    const id = ticketIn(f, 'called');
    f.queue.act(id, 'recall', null);
    const t = f.queue.act(id, 'recall', null);
    expect(t.recalls).toBe(2);
    expect(t.counter?.id).toBe(1);
  });

  it('return puts a no-show at the back of its queue', () => {
    const f = queueFixture();
    const id = ticketIn(f, 'no-show');
    const other = f.issue('A');
    const back = f.queue.act(id, 'return', null);
    expect(back.status).toBe('waiting');
    expect(back.counter).toBeNull();
    expect(back.position).toBe(2);
    expect(f.queue.call(1, null)!.id).toBe(other.id);
  });

  it('transfer keeps the number and the arrival time, and queues by that arrival', () => {
    const f = queueFixture();
    const early = f.issue('A');
    const b1 = f.issue('B');
    f.queue.call(1, null, early.id);
    f.queue.act(early.id, 'start', null);
    const moved = f.queue.transfer(early.id, f.service('B'), null, 'needs a new ID card');
    expect(moved).toMatchObject({ number: early.number, status: 'transferred', issuedAt: early.issuedAt, counter: null });
    expect(moved.serviceId).toBe(f.service('B'));
    expect(moved.note).toBe('needs a new ID card');
    expect(moved.position).toBe(1);
    expect(f.queue.track(b1.trackingCode).ahead).toBe(1);
    // Counter 2 serves B: the transferred ticket, older, comes first.
    expect(f.queue.call(2, null)!.id).toBe(early.id);
  });

  it('refuses a transfer to an unknown service or to the queue it already waits in', () => {
    const f = queueFixture();
    const id = ticketIn(f, 'waiting');
    expect(() => f.queue.transfer(id, 999, null)).toThrow(expect.objectContaining({ code: 'service-not-found' }));
    expect(() => f.queue.transfer(id, f.service('A'), null)).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
  });

  it('hold frees the counter; resume needs it free again', () => {
    const f = queueFixture();
    const held = ticketIn(f, 'held');
    f.issue('A');
    const next = f.queue.call(1, null)!;
    expect(next.status).toBe('called');
    expect(() => f.queue.act(held, 'resume', null)).toThrow(expect.objectContaining({ code: 'counter-busy' }));
    f.queue.act(next.id, 'complete', null);
    expect(f.queue.act(held, 'resume', null)).toMatchObject({ status: 'serving', counter: { id: 1 } });
  });

  it('resume can move a held ticket to another counter', () => {
    const f = queueFixture();
    const held = ticketIn(f, 'held');
    expect(f.queue.act(held, 'resume', null, { counterId: 2 }).counter?.id).toBe(2);
  });

  it('a citizen may cancel only while waiting, and rate only once, after service', () => {
    const f = queueFixture();
    const waiting = f.issue('A');
    expect(() => f.queue.rate(waiting.trackingCode, 5, undefined)).toThrow(
      expect.objectContaining({ code: 'invalid-transition' }),
    );
    expect(f.queue.cancelByCitizen(waiting.trackingCode).status).toBe('cancelled');
    expect(() => f.queue.cancelByCitizen(waiting.trackingCode)).toThrow(expect.objectContaining({ status: 409 }));
    const doneId = ticketIn(f, 'done');
    const code = f.queue.tickets.byId(doneId)!.tracking_code;
    expect(f.queue.rate(code, 4, 'รวดเร็วดี')).toEqual({ score: 4, comment: 'รวดเร็วดี' });
    expect(() => f.queue.rate(code, 5, undefined)).toThrow(expect.objectContaining({ code: 'already-rated' }));
    expect(() => f.queue.rate('NOSUCHCODE', 5, undefined)).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('the day close expires waiting, called and held tickets but leaves the served and no-shows', () => {
    const f = queueFixture();
    const ids = { waiting: ticketIn(f, 'waiting'), noShow: ticketIn(f, 'no-show'), held: ticketIn(f, 'held') };
    const serving = f.issue('B');
    f.queue.call(2, null, serving.id);
    f.queue.act(serving.id, 'start', null);
    const done = ticketIn(f, 'done');
    expect(f.queue.closeDay(null)).toEqual({ businessDay: '2026-11-25', expired: 2 });
    expect(f.queue.tickets.byId(ids.waiting)!.status).toBe('expired');
    expect(f.queue.tickets.byId(ids.held)!.status).toBe('expired');
    expect(f.queue.tickets.byId(ids.noShow)!.status).toBe('no-show');
    expect(f.queue.tickets.byId(serving.id)!.status).toBe('serving');
    expect(f.queue.tickets.byId(done)!.status).toBe('done');
  });
});
