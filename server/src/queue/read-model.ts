// The queue's read side: the setup it caches (office, services, counters) and the live state that
// screens (snapshot) and citizens (track) read. The caller rolls the business day over first.
import {
  queuePositions,
  type Counter,
  type CounterStaff,
  type Office,
  type RecentCall,
  type Service,
  type ServiceFigures,
  type Snapshot,
  type Ticket,
  type TrackResponse,
} from '@oss/shared';
import type { Clock } from '../clock.js';
import type { CounterRecord } from '../counters/counter-repo.js';
import type { CounterHolder } from '../counters/counter-session-repo.js';
import { notFound } from '../errors.js';
import type { ServiceRecord } from '../services/service-repo.js';
import type { QueueRepos } from './queue-repos.js';
import { isWithinHours, Views } from './views.js';

const DEFAULT_OFFICE_NAME = { th: 'ศูนย์บริการประชาชน', en: 'One Stop Service Centre' };
const RECENT_CALLS = 12;

/** The tracker's answer with the whole ticket, for the hub's own use (printing, LINE). */
export type TrackView = Omit<TrackResponse, 'ticket'> & { ticket: Ticket };

export class QueueReadModel {
  private officeCache: Office | null = null;
  private servicesCache: ServiceRecord[] | null = null;
  private countersCache: CounterRecord[] | null = null;
  /**
   * Who holds each counter, as last read (null: nobody). Every sign-in, sign-out and counter change
   * goes through the engine and drops it (invalidateCounters), and so does any ended login
   * (forgetHolders); an expiry needs no drop, the entry carries it. Checked on every staff action.
   */
  private readonly holdersCache = new Map<number, CounterHolder | null>();
  private readonly publicUrl: string | undefined;

  constructor(
    private readonly repos: QueueRepos,
    private readonly clock: Clock,
    private readonly timeZone: string,
    /** OSS_PUBLIC_URL, passed on to screens for QR links. */
    publicUrl: string | undefined,
  ) {
    this.publicUrl = publicUrl?.replace(/\/+$/, '');
  }

  invalidate(): void {
    this.servicesCache = null;
    this.countersCache = null;
    this.officeCache = null;
    this.holdersCache.clear();
  }

  /** A counter changed: read the counters again, keep the rest. */
  invalidateCounters(): void {
    this.countersCache = null;
    this.holdersCache.clear();
  }

  /** A login ended: whoever it held a counter for holds it no more. */
  forgetHolders(): void {
    this.holdersCache.clear();
  }

  office(): Office {
    if (!this.officeCache) {
      const stored = this.repos.settings.get('office');
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
    return (this.servicesCache ??= this.repos.serviceRepo.all());
  }

  counters(): CounterRecord[] {
    return (this.countersCache ??= this.repos.counterRepo.all());
  }

  /** One counter as cached; the engine keeps its calling state (normalOwed) in step with the file. */
  counter(id: number): CounterRecord | undefined {
    return this.counters().find((c) => c.id === id);
  }

  views(): Views {
    return new Views(this.repos.tickets, this.services(), this.counters());
  }

  holderOf(counterId: number): CounterStaff | null {
    const now = this.clock.now().getTime();
    let holder = this.holdersCache.get(counterId);
    if (holder === undefined) {
      holder = this.repos.counterSessions.holder(counterId, now) ?? null;
      this.holdersCache.set(counterId, holder);
    }
    return holder && holder.expiresAt > now ? holder.staff : null;
  }

  /** A ticket by its code, with who is being served: the whole ticket (the tracker's route trims it). */
  track(code: string): TrackView {
    const { tickets } = this.repos;
    const row = tickets.byTrackingCode(code);
    if (!row) throw notFound('ticket-not-found', 'Ticket');
    const views = this.views();
    const ticket = views.ticket(row);
    const service = this.services().find((s) => s.id === row.service_id)!;
    const nowServing = this.counters()
      .filter((c) => c.serviceIds.includes(row.service_id))
      .flatMap((c) => {
        const current = tickets.atCounter(c.id);
        return current ? [{ number: current.number, counterName: c.names.th }] : [];
      });
    return {
      ticket,
      ahead: ticket.position === null ? 0 : ticket.position - 1,
      nowServing,
      service: { id: service.id, code: service.code, name: service.name },
    };
  }

  /** The whole live state of `day`, read in one go (better-sqlite3 is synchronous: nothing interleaves). */
  snapshot(day: string): Snapshot {
    const { tickets: ticketRepo, log } = this.repos;
    const views = this.views();
    const rows = ticketRepo.live(day);
    const positions = queuePositions(rows.map((r) => views.queueable(r)));
    const tickets = rows.map((r) => views.ticket(r, positions.get(r.id) ?? null));
    const recentCalls: RecentCall[] = log
      .recentCalls(day, RECENT_CALLS)
      .flatMap((e) =>
        e.ticket?.counter
          ? [{ number: e.ticket.number, counter: e.ticket.counter, at: e.at, serviceId: e.ticket.serviceId }]
          : [],
      );
    return {
      version: log.latestVersion(),
      businessDay: day,
      serverTime: this.clock.now().toISOString(),
      office: this.office(),
      services: this.serviceViews(day, views),
      counters: this.counterViews(day, views),
      tickets,
      recentCalls,
    };
  }

  /** The active services with their queues' length, open state and wait: the snapshot's, without its tickets. */
  serviceViews(day: string, views: Views = this.views()): Service[] {
    const now = this.clock.now();
    const waiting = this.repos.tickets.queuedCounts(day);
    return this.services()
      .filter((s) => s.active)
      .map((s) => views.service(s, waiting.get(s.id) ?? 0, this.isOpen(s, now, day), day));
  }

  /**
   * Some services' figures as they are now (as serviceViews gives them), for the event that moved
   * them: screens keep their lists from the stream instead of asking GET /services. Runs on every
   * event, so nothing in it scans the day: the counts the triggers keep, the change's own Views.
   */
  figures(serviceIds: readonly number[], day: string, now: Date, views: Views): ServiceFigures[] {
    return this.services()
      .filter((s) => s.active && serviceIds.includes(s.id))
      .map((s) => {
        const waiting = this.repos.tickets.queuedCount(s.id);
        return { id: s.id, open: this.isOpen(s, now, day), waiting, estimatedWait: views.estimate(s.id, day, waiting) };
      });
  }

  /** Every counter with today's ticket at it and who is signed in: the snapshot's, without the queue. */
  counterViews(day: string, views: Views = this.views()): Counter[] {
    const holders = this.repos.counterSessions.holders(this.clock.now().getTime());
    return this.counters().map((c) => {
      const current = this.repos.tickets.atCounter(c.id);
      const today = current?.business_day === day ? current : undefined;
      return views.counter(c, today ? views.ticket(today) : null, holders.get(c.id) ?? null);
    });
  }

  isOpen(s: ServiceRecord, now: Date, day: string): boolean {
    if (!s.active || !isWithinHours(s, now, this.timeZone)) return false;
    return s.dailyCap === null || this.repos.tickets.issuedCount(s.id, day) < s.dailyCap;
  }
}
