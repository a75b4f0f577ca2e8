// The queue engine (DESIGN §3): every change is one immediate SQLite transaction that updates the
// ticket, appends to the event log and, only after commit, tells the listeners (the socket stream).
import { randomBytes } from 'node:crypto';
import {
  businessDayOf,
  formatTicketNumber,
  queuePositions,
  type Channel,
  type CounterStaff,
  type Office,
  type Priority,
  type QueueEvent,
  type RecentCall,
  type Snapshot,
  type Ticket,
  type TicketAction,
  type TrackResponse,
} from '@oss/shared';
import type { Clock } from '../clock.js';
import { CounterRepo, type CounterRecord } from '../counters/counter-repo.js';
import { CounterSessionRepo } from '../counters/counter-session-repo.js';
import type { Db } from '../db/open.js';
import { AppError, conflict, notFound } from '../errors.js';
import { EventLog } from '../events/event-log.js';
import { ServiceRepo, type ServiceRecord } from '../services/service-repo.js';
import { SettingsRepo } from '../settings/settings-repo.js';
import { TicketRepo, type TicketChange, type TicketRow } from '../tickets/ticket-repo.js';
import { transition } from './transitions.js';
import { isWithinHours, Views } from './views.js';

export interface QueueDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** OSS_PUBLIC_URL, passed on to screens for QR links. */
  publicUrl?: string | undefined;
}

const DEFAULT_OFFICE_NAME = { th: 'ศูนย์บริการประชาชน', en: 'One Stop Service Centre' };

export interface IssueInput {
  serviceId: number;
  priority?: Priority;
  channel?: Channel;
  appointmentAt?: number | null;
}

type Listener = (events: QueueEvent[]) => void;

const RECENT_CALLS = 12;
// Unambiguous on paper and when read aloud: no 0/O, 1/I/L.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function trackingCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return code;
}

export class Queue {
  readonly tickets: TicketRepo;
  readonly serviceRepo: ServiceRepo;
  readonly counterRepo: CounterRepo;
  readonly log: EventLog;
  readonly settings: SettingsRepo;
  readonly counterSessions: CounterSessionRepo;
  private readonly listeners = new Set<Listener>();
  private readonly writers = new Set<Listener>();
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly timeZone: string;
  private officeCache: Office | null = null;
  private servicesCache: ServiceRecord[] | null = null;
  private countersCache: CounterRecord[] | null = null;
  private currentDay: string | null = null;
  private readonly idemGet;
  private readonly idemPut;
  private readonly idemPurge;
  private readonly ratingGet;
  private readonly ratingPut;

  private readonly publicUrl: string | undefined;

  constructor({ db, clock, timeZone, publicUrl }: QueueDeps) {
    this.publicUrl = publicUrl?.replace(/\/+$/, '');
    this.db = db;
    this.clock = clock;
    this.timeZone = timeZone;
    this.tickets = new TicketRepo(db);
    this.serviceRepo = new ServiceRepo(db);
    this.counterRepo = new CounterRepo(db);
    this.log = new EventLog(db);
    this.settings = new SettingsRepo(db);
    this.counterSessions = new CounterSessionRepo(db);
    this.idemGet = db.prepare<[string], { ticket_id: number; service_id: number }>(
      'SELECT ticket_id, service_id FROM idempotency_keys WHERE key = ?',
    );
    this.idemPut = db.prepare<[string, number, number, number]>(
      'INSERT INTO idempotency_keys (key, ticket_id, service_id, created_at) VALUES (?, ?, ?, ?)',
    );
    this.idemPurge = db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at < ?');
    this.ratingGet = db.prepare<[number], { score: number }>('SELECT score FROM ratings WHERE ticket_id = ?');
    this.ratingPut = db.prepare<[number, number, string | null, number]>(
      'INSERT INTO ratings (ticket_id, score, comment, created_at) VALUES (?, ?, ?, ?)',
    );
  }

  /** Hears each change's events after it commits (the socket stream). */
  onEvents(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs inside each change's transaction, after its events are appended: for writes that must
   * commit with the change or not at all (the LINE outbox). Throwing rolls the change back.
   */
  onEventsInTransaction(writer: Listener): () => void {
    this.writers.add(writer);
    return () => this.writers.delete(writer);
  }

  /** Services or counters were changed outside the engine (seed, admin): drop the caches. */
  invalidate(): void {
    this.servicesCache = null;
    this.countersCache = null;
    this.officeCache = null;
  }

  office(): Office {
    if (!this.officeCache) {
      const stored = this.settings.get('office');
      const { name, announcement } = stored ? (JSON.parse(stored) as Partial<Pick<Office, 'name' | 'announcement'>>) : {};
      this.officeCache = {
        name: name ?? DEFAULT_OFFICE_NAME,
        timezone: this.timeZone,
        ...(announcement?.th || announcement?.en ? { announcement } : {}),
        ...(this.publicUrl ? { publicUrl: this.publicUrl } : {}),
      };
    }
    return this.officeCache;
  }

  services(): ServiceRecord[] {
    return (this.servicesCache ??= this.serviceRepo.all());
  }

  counters(): CounterRecord[] {
    return (this.countersCache ??= this.counterRepo.all());
  }

  businessDay(): string {
    return businessDayOf(this.clock.now(), this.timeZone);
  }

  private views(): Views {
    return new Views(this.tickets, this.services(), this.counters());
  }

  /** Runs a change in one immediate transaction; listeners hear its events only once it commits. */
  private write<T>(fn: (events: QueueEvent[], views: Views, now: number) => T): T {
    const events: QueueEvent[] = [];
    const day = this.currentDay;
    let result: T;
    try {
      result = this.db
        .transaction(() => {
          const views = this.views();
          const now = this.clock.now().getTime();
          this.rollover(events, views, now);
          const result = fn(events, views, now);
          if (events.length > 0) for (const writer of this.writers) writer(events);
          return result;
        })
        .immediate();
    } catch (err) {
      // Rolled back (a refused change, or a full disk): memory must not keep what the file did not.
      this.currentDay = day;
      this.invalidate();
      throw err;
    }
    this.publish(events);
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

  private append(
    events: QueueEvent[],
    views: Views,
    row: TicketRow,
    type: QueueEvent['type'],
    at: number,
    staffId: number | null,
    counterId: number | null,
  ): QueueEvent {
    const event = this.log.append({
      type,
      ticketId: row.id,
      counterId: row.counter_id ?? counterId,
      staffId,
      at,
      businessDay: row.business_day,
      payload: { ticket: views.ticket(row) },
    });
    events.push(event);
    return event;
  }

  /** Expires yesterday's unfinished tickets the first time a new business day is seen. */
  private rollover(events: QueueEvent[], views: Views, now: number): void {
    const today = businessDayOf(new Date(now), this.timeZone);
    if (today === this.currentDay) return;
    const stored = this.settings.get('business_day');
    if (stored !== undefined && stored < today) {
      for (const row of this.tickets.staleBefore(today)) this.change(events, views, row, 'expire', now, null);
      this.counters().forEach((c) => this.counterRepo.setNormalOwed(c.id, 0));
      this.idemPurge.run(now - 24 * 3600_000);
      events.push(
        this.log.append({
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
    if (stored === undefined || stored < today) this.settings.set('business_day', today);
    this.currentDay = today;
  }

  /** Checks for a new business day outside any other change (a timer calls this). */
  tick(): void {
    if (this.businessDay() !== this.currentDay) this.write(() => undefined);
  }

  issue(input: IssueInput, idempotencyKey?: string): { ticket: Ticket; replayed: boolean } {
    return this.write((events, views, now) => {
      if (idempotencyKey) {
        const seen = this.idemGet.get(idempotencyKey);
        if (seen) {
          if (seen.service_id !== input.serviceId) {
            throw conflict('idempotency-key-reused', 'This Idempotency-Key was used for another request');
          }
          return { ticket: views.ticket(this.tickets.byId(seen.ticket_id)!), replayed: true };
        }
      }
      const service = this.services().find((s) => s.id === input.serviceId);
      if (!service) throw notFound('service-not-found', 'Service');
      if (!service.active || !isWithinHours(service, new Date(now), this.timeZone)) {
        throw conflict('service-closed', `Service ${service.code} is not taking tickets now`);
      }
      const day = this.currentDay!;
      const seq = this.tickets.nextSeq(service.id, day);
      if (service.dailyCap !== null && seq > service.dailyCap) {
        throw conflict('daily-cap-reached', `Service ${service.code} has issued all ${service.dailyCap} tickets for today`);
      }
      const row = this.tickets.insert({
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
      if (idempotencyKey) this.idemPut.run(idempotencyKey, row.id, service.id, now);
      const event = this.append(events, views, row, 'ticket.issued', now, null, null);
      return { ticket: event.ticket!, replayed: false };
    });
  }

  /** Calls the next ticket by the counter's policy, or a given one; completes a ticket being served first. */
  call(counterId: number, staffId: number | null, ticketId?: number): Ticket | null {
    return this.write((events, views, now) => {
      const counter = this.counterRepo.byId(counterId);
      if (!counter) throw notFound('counter-not-found', 'Counter');
      if (!counter.open) throw conflict('counter-closed', `${counter.names.en} is paused; open it first`);
      let next: TicketRow | undefined;
      if (ticketId !== undefined) {
        next = this.tickets.byId(ticketId);
        if (!next) throw notFound('ticket-not-found', 'Ticket');
        transition('call', next.status);
        if (!counter.serviceIds.includes(next.service_id)) {
          throw conflict('not-served-here', `${counter.names.en} does not serve that ticket's service`);
        }
      }
      const current = this.tickets.atCounter(counterId);
      if (current?.status === 'called') {
        throw conflict('counter-busy', `${current.number} is still called here: start it or mark it no-show first`);
      }
      if (current) this.change(events, views, current, 'complete', now, staffId);
      if (!next) next = this.pickNext(counter);
      if (!next) return null;
      const owed = next.priority !== 'none' ? counter.normalPerPriority : Math.max(0, counter.normalOwed - 1);
      if (owed !== counter.normalOwed) this.counterRepo.setNormalOwed(counter.id, owed);
      const rule = transition('call', next.status);
      const called = this.tickets.update(next.id, { status: rule.to, counter_id: counterId, called_at: now, staff_id: staffId });
      return this.append(events, views, called, rule.event, now, staffId, counterId).ticket;
    });
  }

  /** Priority first unless normal calls are still owed since the last priority one (the ratio). */
  private pickNext(counter: CounterRecord): TicketRow | undefined {
    const day = this.currentDay!;
    const priority = this.tickets.nextFor(counter.id, day, 'priority');
    const normal = this.tickets.nextFor(counter.id, day, 'normal');
    if (priority && (!normal || counter.normalOwed === 0)) return priority;
    return normal ?? priority;
  }

  act(ticketId: number, action: TicketAction, staffId: number | null, opts: { counterId?: number } = {}): Ticket {
    return this.write((events, views, now) => {
      const row = this.tickets.byId(ticketId);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      return this.change(events, views, row, action, now, staffId, opts.counterId);
    });
  }

  private change(
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
        if (at === null || !this.counterRepo.byId(at)) throw notFound('counter-not-found', 'Counter');
        const busy = this.tickets.atCounter(at);
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
    const updated = this.tickets.update(row.id, change);
    return this.append(events, views, updated, rule.event, now, staffId, row.counter_id).ticket!;
  }

  transfer(ticketId: number, serviceId: number, staffId: number | null, note?: string): Ticket {
    return this.write((events, views, now) => {
      const row = this.tickets.byId(ticketId);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      const rule = transition('transfer', row.status);
      const service = this.services().find((s) => s.id === serviceId);
      if (!service) throw notFound('service-not-found', 'Service');
      if (service.id === row.service_id && row.status !== 'called' && row.status !== 'serving' && row.status !== 'held') {
        throw new AppError(409, 'invalid-transition', `${row.number} is already in the queue of service ${service.code}`);
      }
      // The number and the arrival time stay: the citizen keeps their place in the new queue.
      const updated = this.tickets.update(row.id, {
        status: rule.to,
        service_id: service.id,
        counter_id: null,
        called_at: null,
        started_at: null,
        note: note ?? row.note,
      });
      return this.append(events, views, updated, rule.event, now, staffId, row.counter_id).ticket!;
    });
  }

  setCounterOpen(counterId: number, open: boolean, staffId: number | null): CounterRecord {
    return this.updateCounter(counterId, staffId, () => {
      if (!this.counterRepo.byId(counterId)) throw notFound('counter-not-found', 'Counter');
      this.counterRepo.setOpen(counterId, open);
      return this.counterRepo.byId(counterId)!;
    });
  }

  /**
   * Runs a change to one counter (open/pause, sign-in, an admin's edit) in the queue's transaction
   * and tells the screens with `counter.updated`, which carries the counter as it is afterwards.
   */
  updateCounter<T>(counterIds: number | readonly number[], staffId: number | null, change: () => T): T {
    return this.write((events, _views, now) => {
      const result = change();
      this.countersCache = null;
      const views = this.views();
      for (const counterId of typeof counterIds === 'number' ? [counterIds] : counterIds) {
        const counter = this.counterRepo.byId(counterId);
        if (!counter) continue;
        const { current: _current, ...info } = views.counter(
          counter,
          null,
          this.counterSessions.holder(counterId, now)?.staff ?? null,
        );
        events.push(
          this.log.append({
            type: 'counter.updated',
            ticketId: null,
            counterId,
            staffId,
            at: now,
            businessDay: this.currentDay!,
            payload: { ticket: null, counter: info },
          }),
        );
      }
      return result;
    });
  }

  /**
   * Runs an admin change to services, counters or office settings in the queue's transaction, drops
   * the cached setup and appends `config.changed`, on which screens take a fresh snapshot.
   */
  reconfigure<T>(staffId: number | null, change: () => T): T {
    return this.write((events, _views, now) => {
      const result = change();
      this.invalidate();
      events.push(
        this.log.append({
          type: 'config.changed',
          ticketId: null,
          counterId: null,
          staffId,
          at: now,
          businessDay: this.currentDay!,
          payload: { ticket: null },
        }),
      );
      return result;
    });
  }

  /** The staff member signed in at a counter, if any. */
  holderOf(counterId: number): CounterStaff | null {
    return this.counterSessions.holder(counterId, this.clock.now().getTime())?.staff ?? null;
  }

  cancelByCitizen(code: string): Ticket {
    return this.write((events, views, now) => {
      const row = this.tickets.byTrackingCode(code);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      if (row.status !== 'waiting' && row.status !== 'transferred') {
        throw new AppError(409, 'invalid-transition', 'Only a ticket that is still waiting can be cancelled here');
      }
      return this.change(events, views, row, 'cancel', now, null);
    });
  }

  rate(code: string, score: number, comment: string | undefined): { score: number; comment: string | null } {
    return this.write((_events, _views, now) => {
      const row = this.tickets.byTrackingCode(code);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      if (row.status !== 'done') throw new AppError(409, 'invalid-transition', 'A ticket can be rated once it is served');
      if (this.ratingGet.get(row.id)) throw conflict('already-rated', 'This ticket has been rated already');
      this.ratingPut.run(row.id, score, comment || null, now);
      return { score, comment: comment || null };
    });
  }

  /** Expires what still waits today (an admin's "close the day"); numbers restart next business day. */
  closeDay(staffId: number | null): { businessDay: string; expired: number } {
    return this.write((events, views, now) => {
      const day = this.currentDay!;
      const live = this.tickets.live(day).filter((t) => ['waiting', 'transferred', 'called', 'held'].includes(t.status));
      for (const row of live) this.change(events, views, row, 'expire', now, staffId);
      // The automatic close at closing time skips a day already closed.
      this.settings.set('day_closed', day);
      events.push(
        this.log.append({
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

  track(code: string): TrackResponse {
    this.tick();
    const row = this.tickets.byTrackingCode(code);
    if (!row) throw notFound('ticket-not-found', 'Ticket');
    const views = this.views();
    const ticket = views.ticket(row);
    const service = this.services().find((s) => s.id === row.service_id)!;
    const nowServing = this.counters()
      .filter((c) => c.serviceIds.includes(row.service_id))
      .flatMap((c) => {
        const current = this.tickets.atCounter(c.id);
        return current ? [{ number: current.number, counterName: c.names.th }] : [];
      });
    return {
      ticket,
      ahead: ticket.position === null ? 0 : ticket.position - 1,
      nowServing,
      service: { id: service.id, code: service.code, name: service.name },
    };
  }

  /** The whole live state, read in one go (better-sqlite3 is synchronous: nothing interleaves). */
  snapshot(): Snapshot {
    this.tick();
    const views = this.views();
    const day = this.currentDay ?? this.businessDay();
    const rows = this.tickets.live(day);
    const positions = queuePositions(rows.map((r) => views.queueable(r)));
    const tickets = rows.map((r) => views.ticket(r, positions.get(r.id) ?? null));
    const now = this.clock.now();
    const waiting = this.tickets.queuedCounts(day);
    const holders = this.counterSessions.holders(now.getTime());
    const recentCalls: RecentCall[] = this.log
      .recentCalls(day, RECENT_CALLS)
      .flatMap((e) =>
        e.ticket?.counter
          ? [{ number: e.ticket.number, counter: e.ticket.counter, at: e.at, serviceId: e.ticket.serviceId }]
          : [],
      );
    return {
      version: this.log.latestVersion(),
      businessDay: day,
      serverTime: now.toISOString(),
      office: this.office(),
      services: this.services()
        .filter((s) => s.active)
        .map((s) => views.service(s, waiting.get(s.id) ?? 0, this.isOpen(s, now, day), day)),
      counters: this.counters().map((c) =>
        views.counter(
          c,
          tickets.find((t) => t.counter?.id === c.id && (t.status === 'called' || t.status === 'serving')) ?? null,
          holders.get(c.id) ?? null,
        ),
      ),
      tickets,
      recentCalls,
    };
  }

  isOpen(s: ServiceRecord, now: Date, day: string): boolean {
    if (!s.active || !isWithinHours(s, now, this.timeZone)) return false;
    return s.dailyCap === null || this.tickets.issuedCount(s.id, day) < s.dailyCap;
  }
}
