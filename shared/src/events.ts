// The Socket.IO contract (docs/design.md §4.4): one map for each direction, used by the typed server and
// every client. Commands travel over HTTP; the stream only carries state.
import { z } from 'zod';
import { Id, Localized } from './domain.js';
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
  /** Services, counters or office settings changed (admin): screens take a fresh snapshot. */
  'config.changed',
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

/** A service's figures, as a list of services shows them (the kiosk's start screen). */
export const ServiceFigures = Service.pick({ id: true, open: true, waiting: true, estimatedWait: true });
export type ServiceFigures = z.infer<typeof ServiceFigures>;

/** A change as staff screens see it: tickets carry every field. */
export const QueueEvent = z.object({
  version: z.number().int().positive(),
  type: EventType,
  at: z.string(),
  businessDay: z.string(),
  ticket: Ticket.nullable(),
  counter: Counter.omit({ current: true }).nullable().optional(),
  /**
   * The figures of the services this change can move, as they are after it: the ticket's service
   * (both, for a transfer), a counter's services (their wait counts the open counters). With the
   * snapshot's, a screen keeps its service list without asking GET /services.
   */
  services: z.array(ServiceFigures).optional(),
  /**
   * Set by the hub on the events it replays to a client that came back with `since`: history the
   * screen missed, not news (the TV does not say it). Absent on live events. Not in the log.
   */
  replayed: z.literal(true).optional(),
});
export type QueueEvent = z.infer<typeof QueueEvent>;

/** A change as public screens (TV, kiosk, tracker) see it. */
export const PublicQueueEvent = QueueEvent.extend({ ticket: PublicTicket.nullable() });
export type PublicQueueEvent = z.infer<typeof PublicQueueEvent>;

export const RecentCall = z.object({ number: z.string(), counter: CounterRef, at: z.string(), serviceId: Id });
export type RecentCall = z.infer<typeof RecentCall>;

export const PublicCounter = Counter.omit({ current: true }).extend({ current: PublicTicket.nullable() });
export type PublicCounter = z.infer<typeof PublicCounter>;

export const Office = z.object({
  name: z.object({ th: z.string(), en: z.string() }),
  timezone: z.string(),
  /** The lobby ticker's text, set by an admin; absent or empty when there is none. */
  announcement: z.object({ th: z.string(), en: z.string() }).optional(),
  /** Base of the links in tickets' QR codes (OSS_PUBLIC_URL); screens use their own origin without it. */
  publicUrl: z.string().optional(),
});
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

export const ALERT_CODES = ['printer-out-of-paper', 'printer-paper-low', 'printer-unavailable', 'printer-ok'] as const;

/**
 * Something staff should look at that is not a queue change (a ticket printer out of paper).
 * An alert with the same `id` replaces the previous one; `active: false` clears it. Not part of
 * the versioned event log: a counter that connects gets the active ones, and GET /alerts has them.
 */
export const Alert = z.object({
  /** Stable per source, e.g. `printer:hub`: a later alert with this id replaces the earlier one. */
  id: z.string(),
  kind: z.enum(['printer']),
  level: z.enum(['error', 'warning', 'info']),
  code: z.enum(ALERT_CODES),
  message: Localized,
  /** Which device, as staff know it (e.g. `tcp://10.0.0.50:9100`). */
  source: z.string(),
  active: z.boolean(),
  at: z.string(),
});
export type Alert = z.infer<typeof Alert>;

export const AlertsResponse = z.object({ alerts: z.array(Alert) });
export type AlertsResponse = z.infer<typeof AlertsResponse>;

/**
 * POST /alerts/printer: a kiosk tells the hub about the printer it drives itself (USB, from the
 * kiosk shell), so the counters get the same `alert` as for the hub's own printer. `printer-ok`
 * clears it. The hub decides the alert's id from the caller's address, never from the body.
 */
export const KioskPrinterReport = z.object({
  code: z.enum(ALERT_CODES),
  /** The printer as the shell names it, e.g. `usb:0416:5011`. */
  printer: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9:._ -]+$/, 'letters, digits, colon, dot, dash'),
});
export type KioskPrinterReport = z.infer<typeof KioskPrinterReport>;
export const KioskPrinterReportResponse = z.object({ reported: z.literal(true) });

/** Server → a staff (`counter`) socket: whole tickets, who is signed in, printer alerts. */
export interface StaffServerEvents {
  snapshot: (snapshot: Snapshot) => void;
  event: (event: QueueEvent) => void;
  /** Active alerts on connect, then each change (raised or cleared). */
  alert: (alert: Alert) => void;
}

/**
 * `Public` with the rest of `Whole`'s fields forbidden. TypeScript's object types are open, so a
 * whole Ticket would pass for a PublicTicket (it has every public field); these types refuse it.
 */
export type Only<Public, Whole> = Public & { [K in Exclude<keyof Whole, keyof Public>]?: never };

/** A ticket as a public socket may be sent it: no tracking code, priority, position, note… */
export type PublicTicketOnly = Only<PublicTicket, Ticket>;
/** A counter as a public socket may be sent it: without who is signed in. */
export type PublicCounterOnly = Only<Omit<Counter, 'current' | 'staff'>, Omit<Counter, 'current'>>;
/** A public event as the type system lets the hub send it. */
export type PublicEventOnly = Omit<PublicQueueEvent, 'ticket' | 'counter'> & {
  ticket: PublicTicketOnly | null;
  counter?: PublicCounterOnly | null;
};
/** A public snapshot as the type system lets the hub send it. */
export type PublicSnapshotOnly = Omit<PublicSnapshot, 'counters' | 'tickets'> & {
  counters: Array<PublicCounterOnly & { current: PublicTicketOnly | null }>;
  tickets: PublicTicketOnly[];
};

/** Server → a public (`display`, `kiosk`) socket: public fields only, no alerts. */
export interface PublicServerEvents {
  snapshot: (snapshot: PublicSnapshotOnly) => void;
  event: (event: PublicEventOnly) => void;
}

/** What a socket of this role is sent: a public screen's map has no room for a whole ticket. */
export type ServerEventsFor<R extends SocketRole> = R extends 'counter' ? StaffServerEvents : PublicServerEvents;
/** The tickets a socket of this role holds. */
export type TicketFor<R extends SocketRole> = R extends 'counter' ? Ticket : PublicTicket;

/**
 * Server → a socket of either role: the hub's `Server` and a client that does not know its role.
 * The hub emits through the per-role maps above (server/src/realtime/stream.ts).
 */
export interface ServerEvents {
  snapshot: (snapshot: Snapshot | PublicSnapshot) => void;
  event: (event: QueueEvent | PublicQueueEvent) => void;
  /** Staff sockets only. */
  alert: (alert: Alert) => void;
}

/** Client → server. */
export interface ClientEvents {
  /** Ask for a fresh snapshot, e.g. after seeing a gap in versions. */
  'snapshot.request': () => void;
}
