// The order a service's queue is shown in, used by the hub for positions and by screens to keep
// positions right between snapshots. The counter's calling policy (priority ratio) may call out of
// this order; positions are the citizen's estimate, not a promise.
import { QUEUED_STATUSES, type Priority, type TicketStatus } from './domain.js';

/** An appointment checked in no later than this after its slot counts as on time. */
export const APPOINTMENT_GRACE_MS = 15 * 60_000;

export interface Queueable {
  id: number;
  serviceId: number;
  status: TicketStatus;
  priority?: Priority;
  issuedAt: string;
  queuedAt: string;
  appointmentAt: string | null;
}

export function isQueued(t: { status: TicketStatus }): boolean {
  return (QUEUED_STATUSES as readonly TicketStatus[]).includes(t.status);
}

/** Lane 0 is priority, 1 an appointment checked in on time, 2 everyone else. */
export function queueLane(t: Queueable): 0 | 1 | 2 {
  return laneOf(t.priority, Date.parse(t.issuedAt), t.appointmentAt === null ? null : Date.parse(t.appointmentAt));
}

/** The same rule on epoch milliseconds, for the hub's database rows. */
export function laneOf(priority: Priority | undefined, issuedAtMs: number, appointmentAtMs: number | null): 0 | 1 | 2 {
  if (priority !== undefined && priority !== 'none') return 0;
  if (appointmentAtMs !== null && issuedAtMs <= appointmentAtMs + APPOINTMENT_GRACE_MS) return 1;
  return 2;
}

export function compareQueued(a: Queueable, b: Queueable): number {
  return queueLane(a) - queueLane(b) || Date.parse(a.queuedAt) - Date.parse(b.queuedAt) || a.id - b.id;
}

/** 1-based positions of every queued ticket, per service. */
export function queuePositions(tickets: readonly Queueable[]): Map<number, number> {
  const byService = new Map<number, Queueable[]>();
  for (const t of tickets) {
    if (!isQueued(t)) continue;
    const list = byService.get(t.serviceId) ?? [];
    list.push(t);
    byService.set(t.serviceId, list);
  }
  const positions = new Map<number, number>();
  for (const list of byService.values()) {
    list.sort(compareQueued);
    list.forEach((t, i) => positions.set(t.id, i + 1));
  }
  return positions;
}
