// Applies the hub's snapshot and events to a screen's copy of the live state. Every screen uses
// this one reducer, so what the TV, the counters and the kiosk show cannot drift apart.
import { AT_COUNTER_STATUSES, type TicketStatus } from './domain.js';
import type { Counter, Service } from './http.js';
import type { PublicQueueEvent, QueueEvent, RecentCall, Snapshot, PublicSnapshot, Office } from './events.js';
import { isQueued, queuePositions } from './queue-order.js';
import type { PublicTicket, Ticket } from './ticket.js';

type AnyTicket = Ticket | PublicTicket;
type AnyCounter = Omit<Counter, 'current'> & { current: AnyTicket | null };

export interface LiveState<T extends AnyTicket = AnyTicket> {
  version: number;
  businessDay: string;
  office: Office;
  services: Service[];
  counters: Array<Omit<Counter, 'current'> & { current: T | null }>;
  /** Today's tickets that are not finished, by id. */
  tickets: Map<number, T>;
  recentCalls: RecentCall[];
}

export const RECENT_CALLS_KEPT = 12;
const LIVE_STATUSES: readonly TicketStatus[] = ['waiting', 'transferred', 'called', 'serving', 'held', 'no-show'];

export function fromSnapshot<T extends AnyTicket>(snapshot: Snapshot | PublicSnapshot): LiveState<T> {
  const tickets = new Map<number, T>();
  for (const t of snapshot.tickets) tickets.set(t.id, t as T);
  return derive({
    version: snapshot.version,
    businessDay: snapshot.businessDay,
    office: snapshot.office,
    services: snapshot.services,
    counters: (snapshot.counters as AnyCounter[]).map((c) => ({ ...c, current: null })),
    tickets,
    recentCalls: snapshot.recentCalls,
  });
}

export type ApplyResult<T extends AnyTicket> =
  | { kind: 'applied'; state: LiveState<T> }
  | { kind: 'stale' }
  /** A version was skipped, the day closed or the setup changed: the screen must ask for a fresh snapshot. */
  | { kind: 'resync' };

export function applyEvent<T extends AnyTicket>(state: LiveState<T>, event: QueueEvent | PublicQueueEvent): ApplyResult<T> {
  if (event.version <= state.version) return { kind: 'stale' };
  if (event.version !== state.version + 1 || event.type === 'day.closed' || event.type === 'config.changed') {
    return { kind: 'resync' };
  }
  const tickets = new Map(state.tickets);
  let { counters, recentCalls } = state;
  const ticket = event.ticket as T | null;
  if (ticket) {
    if (LIVE_STATUSES.includes(ticket.status) && ticket.businessDay === state.businessDay) tickets.set(ticket.id, ticket);
    else tickets.delete(ticket.id);
    if ((event.type === 'ticket.called' || event.type === 'ticket.recalled') && ticket.counter && ticket.calledAt) {
      const call: RecentCall = { number: ticket.number, counter: ticket.counter, at: event.at, serviceId: ticket.serviceId };
      recentCalls = [call, ...recentCalls].slice(0, RECENT_CALLS_KEPT);
    }
  }
  if (event.counter) {
    const updated = event.counter;
    counters = counters.some((c) => c.id === updated.id)
      ? counters.map((c) => (c.id === updated.id ? { ...updated, current: c.current } : c))
      : [...counters, { ...updated, current: null }];
  }
  // The hub's figures for the services the change moved: open (hours, daily cap) and the wait.
  const figures = new Map(event.services?.map((f) => [f.id, f]));
  const services = figures.size ? state.services.map((s) => ({ ...s, ...figures.get(s.id) })) : state.services;
  return { kind: 'applied', state: derive({ ...state, version: event.version, tickets, counters, recentCalls, services }) };
}

/** Recomputes what follows from the tickets: counters' current tickets, waiting counts, positions. */
function derive<T extends AnyTicket>(state: LiveState<T>): LiveState<T> {
  const current = new Map<number, T>();
  const waiting = new Map<number, number>();
  for (const t of state.tickets.values()) {
    if (t.counter && (AT_COUNTER_STATUSES as readonly TicketStatus[]).includes(t.status)) current.set(t.counter.id, t);
    if (isQueued(t)) waiting.set(t.serviceId, (waiting.get(t.serviceId) ?? 0) + 1);
  }
  const full = [...state.tickets.values()].filter((t): t is T & Ticket => 'priority' in t);
  if (full.length === state.tickets.size && full.length > 0) {
    const positions = queuePositions(full);
    for (const t of full) {
      const position = positions.get(t.id) ?? null;
      if (t.position !== position) state.tickets.set(t.id, { ...t, position });
    }
  }
  return {
    ...state,
    counters: state.counters.map((c) => ({ ...c, current: current.get(c.id) ?? null })),
    services: state.services.map((s) => ({ ...s, waiting: waiting.get(s.id) ?? 0 })),
  };
}

/** The queued tickets of some services in calling order, for staff lists. */
export function queuedTickets<T extends AnyTicket>(state: LiveState<T>, serviceIds?: readonly number[]): T[] {
  return [...state.tickets.values()]
    .filter((t) => isQueued(t) && (!serviceIds || serviceIds.includes(t.serviceId)))
    .sort(
      (a, b) =>
        ('position' in a && 'position' in b ? (a.position ?? 0) - (b.position ?? 0) : 0) ||
        Date.parse(a.queuedAt) - Date.parse(b.queuedAt),
    );
}
