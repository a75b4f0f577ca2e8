import { z } from 'zod';
import { Channel, Id, Priority, TicketStatus } from './domain.js';

export const CounterRef = z.object({ id: Id, name: z.string() });
export type CounterRef = z.infer<typeof CounterRef>;

/** Estimated wait before being called, in whole minutes. */
export const WaitRange = z.object({ minMinutes: z.number().int().nonnegative(), maxMinutes: z.number().int().nonnegative() });
export type WaitRange = z.infer<typeof WaitRange>;

export const Ticket = z.object({
  id: Id,
  number: z.string(),
  serviceId: Id,
  status: TicketStatus,
  priority: Priority,
  channel: Channel,
  /** ISO time of arrival; kept across transfers. */
  issuedAt: z.string(),
  /** ISO time it joined its current queue: the arrival, or when a no-show was returned. */
  queuedAt: z.string(),
  /** ISO time of the booked slot when the ticket came from an appointment, else null. */
  appointmentAt: z.string().nullable(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  businessDay: z.string(),
  /** 1-based place in its service's queue while waiting or transferred, else null. */
  position: z.number().int().positive().nullable(),
  estimatedWait: WaitRange.nullable(),
  trackingCode: z.string(),
  counter: CounterRef.nullable(),
  recalls: z.number().int().nonnegative(),
  note: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

/**
 * A ticket as its tracker shows it to whoever holds its code (a QR on paper, a link in a chat): its
 * place and wait, but not the clerk's note nor the priority (a reason such as disabled or pregnant).
 */
export const TrackedTicket = Ticket.omit({ priority: true, note: true });
export type TrackedTicket = z.infer<typeof TrackedTicket>;

export function toTrackedTicket(t: Ticket): TrackedTicket {
  const { priority: _priority, note: _note, ...tracked } = t;
  return tracked;
}

/**
 * What the TV and other public screens may see of a ticket: no tracking code, no priority reason,
 * no position (a public screen shows counts; a citizen's own place comes from the tracker call).
 */
export const PublicTicket = Ticket.pick({
  id: true,
  number: true,
  serviceId: true,
  status: true,
  issuedAt: true,
  queuedAt: true,
  appointmentAt: true,
  calledAt: true,
  businessDay: true,
  counter: true,
  recalls: true,
});
export type PublicTicket = z.infer<typeof PublicTicket>;

export function toPublicTicket(t: Ticket): PublicTicket {
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    status: t.status,
    issuedAt: t.issuedAt,
    queuedAt: t.queuedAt,
    appointmentAt: t.appointmentAt,
    calledAt: t.calledAt,
    businessDay: t.businessDay,
    counter: t.counter,
    recalls: t.recalls,
  };
}
