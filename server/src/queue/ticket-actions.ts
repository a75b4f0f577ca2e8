// What kiosks and counters do to tickets: issue, call, act, transfer, and closing the day. Each is
// one change of the engine: one transaction, its events published after commit.
import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET, formatTicketNumber, type Channel, type Priority, type Ticket, type TicketAction } from '@oss/shared';
import type { CounterRecord } from '../counters/counter-repo.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { TicketRow } from '../tickets/ticket-repo.js';
import type { Change, CounterGuard, QueueEngine } from './engine.js';
import type { QueueRepos } from './queue-repos.js';
import type { QueueReadModel } from './read-model.js';
import { transition } from './transitions.js';
import { isWithinHours } from './views.js';

export interface IssueInput {
  serviceId: number;
  priority?: Priority;
  channel?: Channel;
  appointmentAt?: number | null;
}

// Tracking codes from the shared alphabet (unambiguous on paper and when read aloud).
const CODE_LENGTH = 10;
// Random bytes drawn a few kilobytes at a time: one call to the system's generator per 400 tickets.
let pool = Buffer.alloc(0);
let pooled = 0;

function trackingCode(): string {
  if (pooled + CODE_LENGTH > pool.length) {
    pool = randomBytes(4096);
    pooled = 0;
  }
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[pool[pooled++]! % CODE_ALPHABET.length];
  return code;
}

/** The counter a ticket is at: called, served, held or marked no-show there (a finished one is at none). */
function counterOf(row: TicketRow): number | null {
  const there = row.status === 'called' || row.status === 'serving' || row.status === 'held' || row.status === 'no-show';
  return there ? row.counter_id : null;
}

export interface ActOptions {
  /** resume: the counter to resume at (else the one it was held at). */
  counterId?: number;
  /** Refuses the action at a counter the caller may not work at. */
  guard?: CounterGuard;
}

export interface Issued {
  ticket: Ticket;
  /** An Idempotency-Key seen before: the ticket it gave then. */
  replayed: boolean;
}

export class TicketActions {
  constructor(
    private readonly engine: QueueEngine,
    private readonly read: QueueReadModel,
    private readonly repos: QueueRepos,
    private readonly timeZone: string,
  ) {}

  issue(input: IssueInput, idempotencyKey?: string): Issued {
    return this.engine.write(this.issuing(input, idempotencyKey));
  }

  /** The same, committed with the other tickets asked for in this turn of the event loop (HTTP). */
  issueSoon(input: IssueInput, idempotencyKey?: string): Promise<Issued> {
    return this.engine.writeSoon(this.issuing(input, idempotencyKey));
  }

  private issuing(input: IssueInput, idempotencyKey: string | undefined): Change<Issued> {
    const { tickets, idempotency } = this.repos;
    return (events, views, now) => {
      if (idempotencyKey) {
        const seen = idempotency.get(idempotencyKey);
        if (seen) {
          if (seen.service_id !== input.serviceId) {
            throw conflict('idempotency-key-reused', 'This Idempotency-Key was used for another request');
          }
          return { ticket: views.ticket(tickets.byId(seen.ticket_id)!), replayed: true };
        }
      }
      const service = this.read.services().find((s) => s.id === input.serviceId);
      if (!service) throw notFound('service-not-found', 'Service');
      if (!service.active || !isWithinHours(service, new Date(now), this.timeZone)) {
        throw conflict('service-closed', `Service ${service.code} is not taking tickets now`);
      }
      const day = this.engine.currentDay!;
      const seq = tickets.nextSeq(service.id, day);
      if (service.dailyCap !== null && seq > service.dailyCap) {
        throw conflict('daily-cap-reached', `Service ${service.code} has issued all ${service.dailyCap} tickets for today`);
      }
      const row = tickets.insert({
        business_day: day,
        service_id: service.id,
        seq,
        number: formatTicketNumber(service.code, seq),
        priority: input.priority ?? 'none',
        channel: input.channel ?? 'kiosk',
        tracking_code: trackingCode(),
        issued_at: now,
        appointment_at: input.appointmentAt ?? null,
      });
      if (idempotencyKey) idempotency.put(idempotencyKey, row.id, service.id, now);
      const event = this.engine.append(events, views, row, 'ticket.issued', now, null, null);
      return { ticket: event.ticket!, replayed: false };
    };
  }

  /** Calls the next ticket by the counter's policy, or a given one; completes a ticket being served first. */
  call(counterId: number, staffId: number | null, ticketId?: number, guard?: CounterGuard): Ticket | null {
    return this.engine.write(this.calling(counterId, staffId, ticketId, guard));
  }

  /** The same in a group commit (HTTP: many counters at once). */
  callSoon(counterId: number, staffId: number | null, ticketId?: number, guard?: CounterGuard): Promise<Ticket | null> {
    return this.engine.writeSoon(this.calling(counterId, staffId, ticketId, guard));
  }

  private calling(
    counterId: number,
    staffId: number | null,
    ticketId: number | undefined,
    guard: CounterGuard | undefined,
  ): Change<Ticket | null> {
    const { tickets } = this.repos;
    return (events, views, now) => {
      // The cached counter: setup changes drop the cache, and the owed count is kept in step.
      const counter = this.read.counter(counterId);
      if (!counter) throw notFound('counter-not-found', 'Counter');
      guard?.(counterId);
      if (!counter.open) throw conflict('counter-closed', `${counter.names.en} is paused; open it first`);
      let next: TicketRow | undefined;
      if (ticketId !== undefined) {
        next = tickets.byId(ticketId);
        if (!next) throw notFound('ticket-not-found', 'Ticket');
        transition('call', next.status);
        if (!counter.serviceIds.includes(next.service_id)) {
          throw conflict('not-served-here', `${counter.names.en} does not serve that ticket's service`);
        }
      }
      const current = tickets.atCounter(counterId);
      if (current?.status === 'called') {
        throw conflict('counter-busy', `${current.number} is still called here: start it or mark it no-show first`);
      }
      if (current) this.engine.change(events, views, current, 'complete', now, staffId);
      if (!next) next = this.pickNext(counter);
      if (!next) return null;
      const owed = next.priority !== 'none' ? counter.normalPerPriority : Math.max(0, counter.normalOwed - 1);
      if (owed !== counter.normalOwed) this.engine.setNormalOwed(counter, owed);
      const rule = transition('call', next.status);
      const called = tickets.update(next, { status: rule.to, counter_id: counterId, called_at: now, staff_id: staffId });
      return this.engine.append(events, views, called, rule.event, now, staffId, counterId).ticket;
    };
  }

  /** Priority first unless normal calls are still owed since the last priority one (the ratio). */
  private pickNext(counter: CounterRecord): TicketRow | undefined {
    const { tickets } = this.repos;
    const day = this.engine.currentDay!;
    const priority = tickets.nextFor(counter.serviceIds, day, 'priority');
    const normal = tickets.nextFor(counter.serviceIds, day, 'normal');
    const next = priority && (!normal || counter.normalOwed === 0) ? priority : (normal ?? priority);
    return next && tickets.byId(next.id);
  }

  act(ticketId: number, action: TicketAction, staffId: number | null, opts: ActOptions): Ticket {
    return this.engine.write(this.acting(ticketId, action, staffId, opts));
  }

  /** The same in a group commit (HTTP: many counters at once). */
  actSoon(ticketId: number, action: TicketAction, staffId: number | null, opts: ActOptions): Promise<Ticket> {
    return this.engine.writeSoon(this.acting(ticketId, action, staffId, opts));
  }

  private acting(ticketId: number, action: TicketAction, staffId: number | null, opts: ActOptions): Change<Ticket> {
    return (events, views, now) => {
      const row = this.repos.tickets.byId(ticketId);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      // The counter the ticket is at, and where a resume takes it.
      if (opts.guard) {
        const at = counterOf(row);
        if (at !== null) opts.guard(at);
        if (opts.counterId !== undefined && opts.counterId !== at) opts.guard(opts.counterId);
      }
      return this.engine.change(events, views, row, action, now, staffId, opts.counterId);
    };
  }

  transfer(ticketId: number, serviceId: number, staffId: number | null, note?: string, guard?: CounterGuard): Ticket {
    const { tickets } = this.repos;
    return this.engine.write((events, views, now) => {
      const row = tickets.byId(ticketId);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      const at = counterOf(row);
      if (guard && at !== null) guard(at);
      const rule = transition('transfer', row.status);
      const service = this.read.services().find((s) => s.id === serviceId);
      if (!service) throw notFound('service-not-found', 'Service');
      if (service.id === row.service_id && row.status !== 'called' && row.status !== 'serving' && row.status !== 'held') {
        throw new AppError(409, 'invalid-transition', `${row.number} is already in the queue of service ${service.code}`);
      }
      // The number and the arrival time stay: the citizen keeps their place in the new queue.
      const updated = tickets.update(row, {
        status: rule.to,
        service_id: service.id,
        counter_id: null,
        called_at: null,
        started_at: null,
        note: note ?? row.note,
      });
      return this.engine.append(events, views, updated, rule.event, now, staffId, row.counter_id, row.service_id).ticket!;
    });
  }

  /** Expires what still waits today (an admin's "close the day"); numbers restart next business day. */
  closeDay(staffId: number | null): { businessDay: string; expired: number } {
    return this.engine.write((events, views, now) => {
      const day = this.engine.currentDay!;
      const live = this.repos.tickets.live(day).filter((t) => ['waiting', 'transferred', 'called', 'held'].includes(t.status));
      for (const row of live) this.engine.change(events, views, row, 'expire', now, staffId);
      // The automatic close at closing time skips a day already closed.
      this.repos.settings.set('day_closed', day);
      events.push(
        this.repos.log.append({
          type: 'day.closed',
          ticketId: null,
          counterId: null,
          staffId,
          at: now,
          businessDay: day,
          payload: { ticket: null },
        }),
      );
      return { businessDay: day, expired: live.length };
    });
  }
}
