// Turns rows into the API's shapes, adding what is derived: counter names, positions, waits.
import { formatTime, type Counter, type CounterStaff, type Service, type Ticket, type WaitRange } from '@oss/shared';
import type { CounterRecord } from '../counters/counter-repo.js';
import type { ServiceRecord } from '../services/service-repo.js';
import type { TicketRepo, TicketRow } from '../tickets/ticket-repo.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Wait before being called, as a range around ahead × service time ÷ open counters serving it. */
export function waitRange(ahead: number, avgMinutes: number, openCounters: number): WaitRange {
  if (ahead <= 0) return { minMinutes: 0, maxMinutes: 0 };
  const minutes = (ahead * avgMinutes) / Math.max(1, openCounters);
  return { minMinutes: Math.floor(minutes * 0.75), maxMinutes: Math.max(1, Math.ceil(minutes * 1.25)) };
}

export function isWithinHours(s: ServiceRecord, now: Date, timeZone: string): boolean {
  if (!s.openTime || !s.closeTime) return true;
  const hhmm = formatTime(now, timeZone);
  return hhmm >= s.openTime && hhmm < s.closeTime;
}

/**
 * Per-call view context: caches the per-service figures a batch of tickets shares, so a snapshot
 * costs one query per service, not per ticket.
 */
export class Views {
  private readonly avgCache = new Map<number, number>();

  constructor(
    private readonly tickets: TicketRepo,
    private readonly services: readonly ServiceRecord[],
    private readonly counters: readonly CounterRecord[],
  ) {}

  counterName(id: number): string {
    return this.counters.find((c) => c.id === id)?.names.th ?? `#${id}`;
  }

  openCountersServing(serviceId: number): number {
    return this.counters.filter((c) => c.open && c.serviceIds.includes(serviceId)).length;
  }

  /** Recent average service time of today, or the configured one before any is done. */
  avgServiceMinutes(serviceId: number, businessDay: string): number {
    const cached = this.avgCache.get(serviceId);
    if (cached !== undefined) return cached;
    const configured = this.services.find((s) => s.id === serviceId)?.avgServiceMinutes ?? 10;
    const recent = this.tickets.recentServiceDurations(serviceId, businessDay).filter((ms) => ms > 0);
    const avg = recent.length >= 3 ? Math.max(1, recent.reduce((a, b) => a + b, 0) / recent.length / 60_000) : configured;
    this.avgCache.set(serviceId, avg);
    return avg;
  }

  estimate(serviceId: number, businessDay: string, ahead: number): WaitRange {
    return waitRange(ahead, this.avgServiceMinutes(serviceId, businessDay), this.openCountersServing(serviceId));
  }

  /** `position` may be given when the caller computed it for a batch; otherwise it is queried. */
  ticket(row: TicketRow, position?: number | null): Ticket {
    const queued = row.status === 'waiting' || row.status === 'transferred';
    let pos: number | null = null;
    if (queued) pos = position ?? this.tickets.ahead(row) + 1;
    return {
      id: row.id,
      number: row.number,
      serviceId: row.service_id,
      status: row.status,
      priority: row.priority,
      channel: row.channel,
      issuedAt: iso(row.issued_at)!,
      queuedAt: iso(row.queued_at)!,
      appointmentAt: iso(row.appointment_at),
      calledAt: iso(row.called_at),
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
      businessDay: row.business_day,
      position: pos,
      estimatedWait: pos === null ? null : this.estimate(row.service_id, row.business_day, pos - 1),
      trackingCode: row.tracking_code,
      counter: row.counter_id === null ? null : { id: row.counter_id, name: this.counterName(row.counter_id) },
      recalls: row.recalls,
      note: row.note,
    };
  }

  queueable(row: TicketRow) {
    return {
      id: row.id,
      serviceId: row.service_id,
      status: row.status,
      priority: row.priority,
      issuedAt: iso(row.issued_at)!,
      queuedAt: iso(row.queued_at)!,
      appointmentAt: iso(row.appointment_at),
    };
  }

  counter(c: CounterRecord, current: Ticket | null, staff: CounterStaff | null = null): Counter {
    return { id: c.id, name: c.names.th, names: c.names, serviceIds: c.serviceIds, open: c.open, current, staff };
  }

  service(s: ServiceRecord, waiting: number, open: boolean, businessDay: string): Service {
    return {
      id: s.id,
      code: s.code,
      name: s.name,
      description: s.description,
      documents: s.documents,
      open,
      waiting,
      avgServiceMinutes: s.avgServiceMinutes,
      estimatedWait: this.estimate(s.id, businessDay, waiting),
    };
  }
}
