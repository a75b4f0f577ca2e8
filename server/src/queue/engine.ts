// The queue engine (docs/design.md §3): every change updates the ticket and appends to the event log in an
// immediate SQLite transaction (its own, or a savepoint of a group commit) and, only after commit,
// tells the listeners (the socket stream) and answers the caller.
import { businessDayOf, type QueueEvent, type Ticket, type TicketAction } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { CounterRecord } from '../counters/counter-repo.js';
import type { Db } from '../db/open.js';
import { conflict, notFound } from '../errors.js';
import type { TicketChange, TicketRow } from '../tickets/ticket-repo.js';
import type { QueueRepos } from './queue-repos.js';
import type { QueueReadModel } from './read-model.js';
import { transition } from './transitions.js';
import type { Views } from './views.js';

export type Listener = (events: QueueEvent[]) => void;

export type Change<T> = (events: QueueEvent[], views: Views, now: number) => T;

/**
 * Throws when the caller may not work at this counter (someone else is signed in there). Changes
 * call it inside their transaction, so a sign-in committed after the request came in still counts.
 */
export type CounterGuard = (counterId: number) => void;

interface Pending<T = unknown> {
  fn: Change<T>;
  resolve: (value: T) => void;
  reject: (err: unknown) => void;
}

/** At most this many changes share one group commit; more wait for the next turn. */
const GROUP_MAX = 64;

export class QueueEngine {
  private readonly listeners = new Set<Listener>();
  private readonly writers = new Set<Listener>();
  private day: string | null = null;
  private group: Pending[] = [];
  private groupScheduled = false;
  /** One change of a group in a savepoint of its own (made once: better-sqlite3 builds a wrapper each call). */
  private readonly inSavepoint: (fn: Change<unknown>, events: QueueEvent[], now: number) => unknown;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly repos: QueueRepos,
    private readonly read: QueueReadModel,
  ) {
    this.inSavepoint = db.transaction((fn: Change<unknown>, events: QueueEvent[], now: number) => this.apply(fn, events, now));
  }

  /** The business day the last change ran in (each change rolls it over first); null before any. */
  get currentDay(): string | null {
    return this.day;
  }

  businessDay(): string {
    return businessDayOf(this.clock.now(), this.timeZone);
  }

  onEvents(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEventsInTransaction(writer: Listener): () => void {
    this.writers.add(writer);
    return () => this.writers.delete(writer);
  }

  /** Runs a change in one immediate transaction; listeners hear its events only once it commits. */
  write<T>(fn: Change<T>): T {
    const events: QueueEvent[] = [];
    const day = this.day;
    let result: T;
    try {
      result = this.db
        .transaction(() => {
          const now = this.clock.now().getTime();
          this.rollover(events, this.read.views(), now);
          return this.apply(fn, events, now);
        })
        .immediate();
    } catch (err) {
      // Rolled back (a refused change, or a full disk): memory must not keep what the file did not.
      this.day = day;
      this.read.invalidate();
      throw err;
    }
    this.publish(events);
    return result;
  }

  /**
   * Group commit: the changes asked for within one turn of the event loop run in one transaction,
   * each in a savepoint of its own, so that a refused one is undone alone. Each promise settles
   * only after that transaction has committed (or failed): nothing is acknowledged before it is on
   * disk. One commit for many changes is what lets a burst of ticket requests through quickly.
   */
  writeSoon<T>(fn: Change<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.group.push({ fn, resolve, reject } as Pending);
      if (!this.groupScheduled) {
        this.groupScheduled = true;
        setImmediate(() => this.commitGroup());
      }
    });
  }

  private commitGroup(): void {
    const group = this.group.splice(0, GROUP_MAX);
    this.groupScheduled = this.group.length > 0;
    if (this.groupScheduled) setImmediate(() => this.commitGroup());
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    const events: QueueEvent[] = [];
    const day = this.day;
    try {
      this.db
        .transaction(() => {
          const now = this.clock.now().getTime();
          this.rollover(events, this.read.views(), now);
          for (const { fn } of group) {
            const own: QueueEvent[] = [];
            try {
              outcomes.push({ ok: true, value: this.inSavepoint(fn, own, now) });
              events.push(...own);
            } catch (error) {
              this.read.invalidate();
              // SQLite ends the whole transaction on some errors (a full disk): then nothing of the
              // group stands, and no later change may run outside it.
              if (!this.db.inTransaction) throw error;
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (err) {
      this.day = day;
      this.read.invalidate();
      for (const p of group) p.reject(err);
      return;
    }
    this.publish(events);
    group.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.value);
      else p.reject(outcome.error);
    });
  }

  /** One change inside the running transaction; the in-transaction writers see its events. */
  private apply<T>(fn: Change<T>, events: QueueEvent[], now: number): T {
    const result = fn(events, this.read.views(), now);
    if (events.length > 0) for (const writer of this.writers) writer(events);
    return result;
  }

  private publish(events: QueueEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch {
        // A failing listener must not turn a committed change into an error for the caller.
      }
    }
  }

  /** Appends a ticket's event, with the figures of its service (and `alsoService`'s: a transfer's old one). */
  append(
    events: QueueEvent[],
    views: Views,
    row: TicketRow,
    type: QueueEvent['type'],
    at: number,
    staffId: number | null,
    counterId: number | null,
    alsoService?: number,
  ): QueueEvent {
    const serviceIds =
      alsoService === undefined || alsoService === row.service_id ? [row.service_id] : [alsoService, row.service_id];
    const event = this.repos.log.append({
      type,
      ticketId: row.id,
      counterId: row.counter_id ?? counterId,
      staffId,
      at,
      businessDay: row.business_day,
      payload: { ticket: views.ticket(row), services: this.read.figures(serviceIds, row.business_day, new Date(at), views) },
    });
    events.push(event);
    return event;
  }

  /** Applies one ticket action to a row inside the running change and appends its event. */
  change(
    events: QueueEvent[],
    views: Views,
    row: TicketRow,
    action: TicketAction | 'expire',
    now: number,
    staffId: number | null,
    counterId?: number,
  ): Ticket {
    const rule = transition(action, row.status);
    let change: TicketChange;
    switch (action) {
      case 'recall':
        change = { recalls: row.recalls + 1, called_at: now };
        break;
      case 'start':
        change = { status: rule.to, started_at: now, staff_id: staffId ?? row.staff_id };
        break;
      case 'complete':
        change = { status: rule.to, started_at: row.started_at ?? now, finished_at: now };
        break;
      case 'no-show':
      case 'cancel':
      case 'expire':
        change = { status: rule.to, finished_at: now };
        break;
      case 'hold':
        change = { status: rule.to };
        break;
      case 'resume': {
        const at = counterId ?? row.counter_id;
        if (at === null || !this.repos.counterRepo.byId(at)) throw notFound('counter-not-found', 'Counter');
        const busy = this.repos.tickets.atCounter(at);
        if (busy) throw conflict('counter-busy', `${busy.number} is at that counter now; finish it first`);
        change = { status: rule.to, counter_id: at, staff_id: staffId ?? row.staff_id };
        break;
      }
      case 'return':
        // Back of the queue: the citizen missed the call, others have been waiting since.
        change = {
          status: rule.to,
          queued_at: now,
          counter_id: null,
          called_at: null,
          started_at: null,
          finished_at: null,
          recalls: 0,
        };
        break;
    }
    const updated = this.repos.tickets.update(row, change);
    return this.append(events, views, updated, rule.event, now, staffId, row.counter_id).ticket!;
  }

  /**
   * How many normal calls a counter owes before its next priority one, in the file and in the
   * cached counter that calling reads (a rolled-back change drops that cache, so they stay equal).
   */
  setNormalOwed(counter: CounterRecord, owed: number): void {
    this.repos.counterRepo.setNormalOwed(counter.id, owed);
    counter.normalOwed = owed;
  }

  /** Expires yesterday's unfinished tickets the first time a new business day is seen. */
  private rollover(events: QueueEvent[], views: Views, now: number): void {
    const { tickets, settings, idempotency, log } = this.repos;
    const today = businessDayOf(new Date(now), this.timeZone);
    if (today === this.day) return;
    const stored = settings.get('business_day');
    if (stored !== undefined && stored < today) {
      for (const row of tickets.staleBefore(today)) this.change(events, views, row, 'expire', now, null);
      this.read.counters().forEach((c) => this.setNormalOwed(c, 0));
      idempotency.purgeBefore(now - 24 * 3600_000);
      events.push(
        log.append({
          type: 'day.closed',
          ticketId: null,
          counterId: null,
          staffId: null,
          at: now,
          businessDay: today,
          payload: { ticket: null },
        }),
      );
    }
    if (stored === undefined || stored < today) settings.set('business_day', today);
    this.day = today;
  }

  /** Checks for a new business day outside any other change (a timer calls this). */
  tick(): void {
    if (this.businessDay() !== this.day) this.write(() => undefined);
  }
}
