import { describe, expect, it } from 'vitest';
import { applyEvent, fromSnapshot, queuedTickets, type QueueEvent, type Snapshot, type Ticket } from '@oss/shared';

const t0 = Date.parse('2026-11-25T03:00:00.000Z');
const at = (min: number) => new Date(t0 + min * 60_000).toISOString();

function ticket(id: number, over: Partial<Ticket> = {}): Ticket {
  return {
    id,
    number: `A${String(id).padStart(3, '0')}`,
    serviceId: 1,
    status: 'waiting',
    priority: 'none',
    channel: 'kiosk',
    issuedAt: at(id),
    queuedAt: at(id),
    appointmentAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    businessDay: '2026-11-25',
    position: null,
    estimatedWait: null,
    trackingCode: `CODE${id}XXXXX`,
    counter: null,
    recalls: 0,
    note: null,
    ...over,
  };
}

const snapshot: Snapshot = {
  version: 10,
  businessDay: '2026-11-25',
  serverTime: at(0),
  office: { name: { th: 'สำนักงาน', en: 'Office' }, timezone: 'Asia/Bangkok' },
  services: [
    {
      id: 1,
      code: 'A',
      name: { th: 'ก', en: 'A' },
      description: { th: '', en: '' },
      documents: [],
      open: true,
      waiting: 2,
      avgServiceMinutes: 10,
      estimatedWait: { minMinutes: 0, maxMinutes: 0 },
    },
  ],
  counters: [
    { id: 1, name: 'ช่องบริการ 1', names: { th: 'ช่องบริการ 1', en: 'Counter 1' }, serviceIds: [1], open: true, current: null },
  ],
  tickets: [ticket(1), ticket(2)],
  recentCalls: [],
};

const event = (version: number, type: QueueEvent['type'], t: Ticket | null): QueueEvent => ({
  version,
  type,
  at: at(version),
  businessDay: '2026-11-25',
  ticket: t,
});

describe('live state', () => {
  it('applies events in order and derives counts, counters and positions', () => {
    let state = fromSnapshot<Ticket>(snapshot);
    expect(queuedTickets(state).map((t) => t.position)).toEqual([1, 2]);
    const issued = applyEvent(state, event(11, 'ticket.issued', ticket(3, { priority: 'elderly' })));
    if (issued.kind !== 'applied') throw new Error(issued.kind);
    state = issued.state;
    expect(state.services[0]!.waiting).toBe(3);
    expect(queuedTickets(state).map((t) => t.id)).toEqual([3, 1, 2]);
    const called = applyEvent(
      state,
      event(12, 'ticket.called', ticket(3, { status: 'called', counter: { id: 1, name: 'ช่องบริการ 1' }, calledAt: at(12) })),
    );
    if (called.kind !== 'applied') throw new Error(called.kind);
    state = called.state;
    expect(state.counters[0]!.current?.id).toBe(3);
    expect(state.services[0]!.waiting).toBe(2);
    expect(state.recentCalls[0]).toMatchObject({ number: 'A003', counter: { id: 1 } });
    const done = applyEvent(
      state,
      event(13, 'ticket.completed', ticket(3, { status: 'done', counter: { id: 1, name: 'ช่องบริการ 1' } })),
    );
    if (done.kind !== 'applied') throw new Error(done.kind);
    expect(done.state.counters[0]!.current).toBeNull();
    expect(done.state.tickets.has(3)).toBe(false);
  });

  it('ignores an event it already has and asks for a snapshot on a gap or a new day', () => {
    const state = fromSnapshot<Ticket>(snapshot);
    expect(applyEvent(state, event(10, 'ticket.issued', ticket(9))).kind).toBe('stale');
    expect(applyEvent(state, event(12, 'ticket.issued', ticket(9))).kind).toBe('resync');
    expect(applyEvent(state, event(11, 'day.closed', null)).kind).toBe('resync');
  });

  it('keeps at most twelve recent calls, newest first', () => {
    let state = fromSnapshot<Ticket>({ ...snapshot, tickets: [] });
    for (let i = 1; i <= 15; i++) {
      const r = applyEvent(
        state,
        event(10 + i, 'ticket.called', ticket(i, { status: 'called', counter: { id: 1, name: 'ช่องบริการ 1' }, calledAt: at(i) })),
      );
      if (r.kind !== 'applied') throw new Error(r.kind);
      state = r.state;
    }
    expect(state.recentCalls).toHaveLength(12);
    expect(state.recentCalls[0]!.number).toBe('A015');
  });

  it('takes the figures an event carries for its services: open and the wait', () => {
    const state = fromSnapshot<Ticket>(snapshot);
    const full = applyEvent(state, {
      ...event(11, 'ticket.issued', ticket(3)),
      services: [{ id: 1, open: false, waiting: 3, estimatedWait: { minMinutes: 22, maxMinutes: 38 } }],
    });
    if (full.kind !== 'applied') throw new Error(full.kind);
    expect(full.state.services[0]).toMatchObject({ code: 'A', open: false, waiting: 3, estimatedWait: { minMinutes: 22 } });
    // An event without figures (written before they existed) leaves them as they were.
    const older = applyEvent(
      full.state,
      event(12, 'ticket.called', ticket(1, { status: 'called', counter: { id: 1, name: '1' } })),
    );
    if (older.kind !== 'applied') throw new Error(older.kind);
    expect(older.state.services[0]).toMatchObject({ open: false, waiting: 2, estimatedWait: { minMinutes: 22 } });
  });
});
