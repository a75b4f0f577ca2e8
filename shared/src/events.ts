// The Socket.IO contract (DESIGN §4): one map for each direction, used by the typed server and
// every client. Commands travel over HTTP; the stream only carries state.
import { z } from 'zod';
import { Id } from './domain.js';
import { Counter, Service } from './http.js';
import { CounterRef, PublicTicket, Ticket } from './ticket.js';

export const EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.completed',
  'ticket.no-show',
  'ticket.held',
  'ticket.resumed',
  'ticket.returned',
  'ticket.transferred',
  'ticket.cancelled',
  'ticket.expired',
  'counter.updated',
  'day.closed',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const SocketRole = z.enum(['display', 'counter', 'kiosk']);
export type SocketRole = z.infer<typeof SocketRole>;

export const SocketAuth = z.object({
  role: SocketRole,
  token: z.string().max(200).optional(),
  /** The last version this client applied; the hub replays what came after, or sends a snapshot. */
  since: z.number().int().nonnegative().optional(),
});
export type SocketAuth = z.infer<typeof SocketAuth>;

/** A change as staff screens see it: tickets carry every field. */
export const QueueEvent = z.object({
  version: z.number().int().positive(),
  type: EventType,
  at: z.string(),
  businessDay: z.string(),
  ticket: Ticket.nullable(),
  counter: Counter.omit({ current: true }).nullable().optional(),
});
export type QueueEvent = z.infer<typeof QueueEvent>;

/** A change as public screens (TV, kiosk, tracker) see it. */
export const PublicQueueEvent = QueueEvent.extend({ ticket: PublicTicket.nullable() });
export type PublicQueueEvent = z.infer<typeof PublicQueueEvent>;

export const RecentCall = z.object({ number: z.string(), counter: CounterRef, at: z.string(), serviceId: Id });
export type RecentCall = z.infer<typeof RecentCall>;

export const PublicCounter = Counter.omit({ current: true }).extend({ current: PublicTicket.nullable() });
export type PublicCounter = z.infer<typeof PublicCounter>;

export const Office = z.object({ name: z.object({ th: z.string(), en: z.string() }), timezone: z.string() });
export type Office = z.infer<typeof Office>;

/** The whole live state: today's unfinished tickets, services, counters. */
export const Snapshot = z.object({
  version: z.number().int().nonnegative(),
  businessDay: z.string(),
  serverTime: z.string(),
  office: Office,
  services: z.array(Service),
  counters: z.array(Counter),
  tickets: z.array(Ticket),
  recentCalls: z.array(RecentCall),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const PublicSnapshot = Snapshot.extend({
  counters: z.array(PublicCounter),
  tickets: z.array(PublicTicket),
});
export type PublicSnapshot = z.infer<typeof PublicSnapshot>;

/** Server → client. Staff (`counter` role) get full tickets; `display` and `kiosk` get public ones. */
export interface ServerEvents {
  snapshot: (snapshot: Snapshot | PublicSnapshot) => void;
  event: (event: QueueEvent | PublicQueueEvent) => void;
}

/** Client → server. */
export interface ClientEvents {
  /** Ask for a fresh snapshot, e.g. after seeing a gap in versions. */
  'snapshot.request': () => void;
}
