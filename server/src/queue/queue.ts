// The queue as the rest of the hub sees it (docs/design.md §3): one object over the engine (engine.ts: a
// transaction per change or per group commit, events published after commit, caches dropped on
// rollback), its read side (read-model.ts) and the changes made to it (ticket-actions.ts,
// setup-changes.ts, citizen-actions.ts).
import type { Counter, CounterStaff, Office, Service, Snapshot, Ticket, TicketAction } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { CounterRecord, CounterRepo } from '../counters/counter-repo.js';
import type { CounterSessionRepo } from '../counters/counter-session-repo.js';
import type { Db } from '../db/open.js';
import type { EventLog } from '../events/event-log.js';
import type { ServiceRecord, ServiceRepo } from '../services/service-repo.js';
import type { SettingsRepo } from '../settings/settings-repo.js';
import type { TicketRepo } from '../tickets/ticket-repo.js';
import { CitizenActions } from './citizen-actions.js';
import { QueueEngine, type CounterGuard, type Listener } from './engine.js';
import { openQueueRepos } from './queue-repos.js';
import { QueueReadModel, type TrackView } from './read-model.js';
import { SetupChanges } from './setup-changes.js';
import { TicketActions, type ActOptions, type IssueInput, type Issued } from './ticket-actions.js';

export type { CounterGuard } from './engine.js';
export type { ActOptions, IssueInput, Issued } from './ticket-actions.js';

export interface QueueDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** OSS_PUBLIC_URL, passed on to screens for QR links. */
  publicUrl?: string | undefined;
}

export class Queue {
  readonly tickets: TicketRepo;
  readonly serviceRepo: ServiceRepo;
  readonly counterRepo: CounterRepo;
  readonly log: EventLog;
  readonly settings: SettingsRepo;
  readonly counterSessions: CounterSessionRepo;
  private readonly engine: QueueEngine;
  private readonly read: QueueReadModel;
  private readonly ticketActions: TicketActions;
  private readonly setup: SetupChanges;
  private readonly citizen: CitizenActions;

  constructor({ db, clock, timeZone, publicUrl }: QueueDeps) {
    const repos = openQueueRepos(db);
    this.tickets = repos.tickets;
    this.serviceRepo = repos.serviceRepo;
    this.counterRepo = repos.counterRepo;
    this.log = repos.log;
    this.settings = repos.settings;
    this.counterSessions = repos.counterSessions;
    this.read = new QueueReadModel(repos, clock, timeZone, publicUrl);
    this.engine = new QueueEngine(db, clock, timeZone, repos, this.read);
    this.ticketActions = new TicketActions(this.engine, this.read, repos, timeZone);
    this.setup = new SetupChanges(this.engine, this.read, repos);
    this.citizen = new CitizenActions(db, this.engine, repos.tickets);
  }

  /** Hears each change's events after it commits (the socket stream). */
  onEvents(listener: Listener): () => void {
    return this.engine.onEvents(listener);
  }

  /**
   * Runs inside each change's transaction, after its events are appended: for writes that must
   * commit with the change or not at all (the LINE outbox). Throwing rolls the change back.
   */
  onEventsInTransaction(writer: Listener): () => void {
    return this.engine.onEventsInTransaction(writer);
  }

  /** Services or counters were changed outside the engine (seed, admin): drop the caches. */
  invalidate(): void {
    this.read.invalidate();
  }

  office(): Office {
    return this.read.office();
  }

  services(): ServiceRecord[] {
    return this.read.services();
  }

  counters(): CounterRecord[] {
    return this.read.counters();
  }

  businessDay(): string {
    return this.engine.businessDay();
  }

  /** Checks for a new business day outside any other change (a timer calls this). */
  tick(): void {
    this.engine.tick();
  }

  issue(input: IssueInput, idempotencyKey?: string): Issued {
    return this.ticketActions.issue(input, idempotencyKey);
  }

  /**
   * Issues in a group commit with the other tickets asked for in the same turn of the event loop;
   * resolves once the ticket is committed. For HTTP, where bursts come from many kiosks and phones.
   */
  issueSoon(input: IssueInput, idempotencyKey?: string): Promise<Issued> {
    return this.ticketActions.issueSoon(input, idempotencyKey);
  }

  /**
   * Calls the next ticket by the counter's policy, or a given one; completes a ticket being served
   * first. A guard (staff work, counter sign-in) is checked inside the change, as every one below.
   */
  call(counterId: number, staffId: number | null, ticketId?: number, guard?: CounterGuard): Ticket | null {
    return this.ticketActions.call(counterId, staffId, ticketId, guard);
  }

  act(ticketId: number, action: TicketAction, staffId: number | null, opts: ActOptions = {}): Ticket {
    return this.ticketActions.act(ticketId, action, staffId, opts);
  }

  /** call() and act() in a group commit with the other changes of this turn: what the counters' HTTP calls use. */
  callSoon(counterId: number, staffId: number | null, ticketId?: number, guard?: CounterGuard): Promise<Ticket | null> {
    return this.ticketActions.callSoon(counterId, staffId, ticketId, guard);
  }

  actSoon(ticketId: number, action: TicketAction, staffId: number | null, opts: ActOptions = {}): Promise<Ticket> {
    return this.ticketActions.actSoon(ticketId, action, staffId, opts);
  }

  transfer(ticketId: number, serviceId: number, staffId: number | null, note?: string, guard?: CounterGuard): Ticket {
    return this.ticketActions.transfer(ticketId, serviceId, staffId, note, guard);
  }

  setCounterOpen(counterId: number, open: boolean, staffId: number | null, guard?: CounterGuard): CounterRecord {
    return this.setup.setCounterOpen(counterId, open, staffId, guard);
  }

  /**
   * Runs a change to one counter (open/pause, sign-in, an admin's edit) in the queue's transaction
   * and tells the screens with `counter.updated`, which carries the counter as it is afterwards.
   */
  updateCounter<T>(counterIds: number | readonly number[], staffId: number | null, change: () => T): T {
    return this.setup.updateCounter(counterIds, staffId, change);
  }

  /**
   * Runs an admin change to services, counters or office settings in the queue's transaction, drops
   * the cached setup and appends `config.changed`, on which screens take a fresh snapshot.
   */
  reconfigure<T>(staffId: number | null, change: () => T): T {
    return this.setup.reconfigure(staffId, change);
  }

  /** The staff member signed in at a counter, if any (cached: no query on a staff action). */
  holderOf(counterId: number): CounterStaff | null {
    return this.read.holderOf(counterId);
  }

  /** A staff login ended (logout, deactivation, a new password): drop what holderOf remembers. */
  forgetHolders(): void {
    this.read.forgetHolders();
  }

  cancelByCitizen(code: string): Ticket {
    return this.citizen.cancelByCitizen(code);
  }

  rate(code: string, score: number, comment: string | undefined): { score: number; comment: string | null } {
    return this.citizen.rate(code, score, comment);
  }

  /** Expires what still waits today (an admin's "close the day"); numbers restart next business day. */
  closeDay(staffId: number | null): { businessDay: string; expired: number } {
    return this.ticketActions.closeDay(staffId);
  }

  /** The whole ticket: the public route trims it for whoever holds the code (toTrackedTicket). */
  track(code: string): TrackView {
    this.tick();
    return this.read.track(code);
  }

  /** The whole live state, read in one go (better-sqlite3 is synchronous: nothing interleaves). */
  snapshot(): Snapshot {
    return this.read.snapshot(this.today());
  }

  /** The snapshot's services alone (the portal's and kiosk's list): no ticket is read for it. */
  serviceViews(): Service[] {
    return this.read.serviceViews(this.today());
  }

  /** The snapshot's counters alone, each with its current ticket. */
  counterViews(): Counter[] {
    return this.read.counterViews(this.today());
  }

  /** The business day to read, a new one rolled over first. */
  private today(): string {
    this.tick();
    return this.engine.currentDay ?? this.businessDay();
  }

  isOpen(s: ServiceRecord, now: Date, day: string): boolean {
    return this.read.isOpen(s, now, day);
  }
}
