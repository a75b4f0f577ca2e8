// The summary report of a range of business days, folded from the tickets, the event log and the
// ratings. Definitions (also in docs/admin-api.md):
// - issued and wait (issue → first call) count the service the ticket was taken for; outcomes and
//   service time (start → finish) count the service it ended in, after transfers;
// - no-show = still a no-show (not returned and served); rate = no-shows ÷ tickets called;
// - per staff: calls made, tickets completed (and their service time), no-shows marked.
import type { Localized, MeStatsResponse, Outcomes, ReportSummary } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { Queue } from '../queue/queue.js';
import type { ReportRepo, ReportStaffRow } from './report-repo.js';
import { datesBetween, durations, localHours, serviceMs } from './stats.js';

/** Comments in the JSON answer; the CSV carries them all. */
const JSON_COMMENTS = 200;

const OPEN_STATUSES = new Set(['waiting', 'transferred', 'called', 'serving', 'held']);

const emptyOutcomes = (): Outcomes => ({ issued: 0, served: 0, noShow: 0, cancelled: 0, expired: 0, open: 0 });

function countOutcome(o: Outcomes, status: string): void {
  if (status === 'done') o.served++;
  else if (status === 'no-show') o.noShow++;
  else if (status === 'cancelled') o.cancelled++;
  else if (status === 'expired') o.expired++;
  else if (OPEN_STATUSES.has(status)) o.open++;
}

interface StaffFold {
  displayName: string;
  called: number;
  served: number;
  noShows: number;
  transferred: number;
  serviceMs: number[];
}

function foldStaff(rows: Iterable<ReportStaffRow>): Map<number, StaffFold> {
  const byStaff = new Map<number, StaffFold>();
  for (const r of rows) {
    let s = byStaff.get(r.staff_id);
    if (!s)
      byStaff.set(
        r.staff_id,
        (s = { displayName: r.display_name, called: 0, served: 0, noShows: 0, transferred: 0, serviceMs: [] }),
      );
    if (r.type === 'ticket.called') s.called++;
    else if (r.type === 'ticket.no-show') s.noShows++;
    else if (r.type === 'ticket.transferred') s.transferred++;
    else {
      s.served++;
      const ms = serviceMs(r);
      if (ms !== null) s.serviceMs.push(ms);
    }
  }
  return byStaff;
}

export interface ReportDeps {
  reports: ReportRepo;
  queue: Queue;
  clock: Clock;
  timeZone: string;
}

export class Reports {
  constructor(private readonly deps: ReportDeps) {}

  summary(from: string, to: string, commentLimit: number = JSON_COMMENTS): ReportSummary {
    const { reports, queue, clock, timeZone } = this.deps;
    const hourOf = localHours(timeZone);
    const services = queue.serviceRepo.all();
    const perService = new Map<number, { outcomes: Outcomes; waitMs: number[]; serviceMs: number[] }>();
    const service = (id: number) => {
      let s = perService.get(id);
      if (!s) perService.set(id, (s = { outcomes: emptyOutcomes(), waitMs: [], serviceMs: [] }));
      return s;
    };
    const totals = emptyOutcomes();
    let called = 0;
    const waitMs: number[] = [];
    const allServiceMs: number[] = [];
    const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, issued: 0, served: 0 }));
    const byDay = new Map(datesBetween(from, to).map((d) => [d, { businessDay: d, issued: 0, served: 0 }]));

    for (const t of reports.tickets(from, to)) {
      totals.issued++;
      countOutcome(totals, t.status);
      const taken = service(t.issued_service_id);
      const ended = service(t.service_id);
      taken.outcomes.issued++;
      countOutcome(ended.outcomes, t.status);
      byHour[hourOf(t.issued_at)]!.issued++;
      const day = byDay.get(t.business_day);
      if (day) day.issued++;
      if (t.first_called_at !== null) {
        called++;
        const wait = Math.max(0, t.first_called_at - t.issued_at);
        waitMs.push(wait);
        taken.waitMs.push(wait);
      }
      if (t.status === 'done') {
        if (t.finished_at !== null) byHour[hourOf(t.finished_at)]!.served++;
        if (day) day.served++;
        const ms = serviceMs(t);
        if (ms !== null) {
          allServiceMs.push(ms);
          ended.serviceMs.push(ms);
        }
      }
    }

    const staff = foldStaff(reports.staffEvents(from, to));
    const ratings = reports.ratings(from, to);
    const withComments = ratings.filter((r) => r.comment);
    const scoreSum = ratings.reduce((a, r) => a + r.score, 0);

    return {
      from,
      to,
      timeZone,
      generatedAt: clock.now().toISOString(),
      totals: {
        ...totals,
        called,
        noShowRate: called === 0 ? null : Math.round((totals.noShow / called) * 10_000) / 10_000,
        wait: durations(waitMs),
        service: durations(allServiceMs),
      },
      byService: services
        .filter((s) => s.active || perService.has(s.id))
        .map((s) => {
          const f = perService.get(s.id) ?? { outcomes: emptyOutcomes(), waitMs: [], serviceMs: [] };
          return {
            serviceId: s.id,
            code: s.code,
            name: s.name,
            ...f.outcomes,
            wait: durations(f.waitMs),
            service: durations(f.serviceMs),
          };
        }),
      byHour,
      byDay: [...byDay.values()],
      byStaff: [...staff.entries()]
        .map(([staffId, s]) => ({
          staffId,
          displayName: s.displayName,
          called: s.called,
          served: s.served,
          noShows: s.noShows,
          transferred: s.transferred,
          service: durations(s.serviceMs),
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'th') || a.staffId - b.staffId),
      satisfaction: {
        count: ratings.length,
        meanScore: ratings.length === 0 ? null : Math.round((scoreSum / ratings.length) * 100) / 100,
        distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: ratings.filter((r) => r.score === score).length })),
        commentCount: withComments.length,
        comments: withComments.slice(0, commentLimit).map((r) => ({
          at: new Date(r.created_at).toISOString(),
          businessDay: r.business_day,
          ticketNumber: r.number,
          serviceId: r.service_id,
          score: r.score,
          comment: r.comment!,
        })),
      },
    };
  }

  /** A staff member's own figures for today, and the counter this login is signed in at. */
  meToday(staffId: number, tokenHash: string): MeStatsResponse {
    const { reports, queue, clock } = this.deps;
    const businessDay = queue.businessDay();
    const s = foldStaff(reports.eventsOf(staffId, businessDay)).get(staffId);
    const held = queue.counterSessions.byToken(tokenHash, clock.now().getTime());
    const counter = held ? queue.counterRepo.byId(held.counterId) : undefined;
    return {
      businessDay,
      called: s?.called ?? 0,
      served: s?.served ?? 0,
      noShows: s?.noShows ?? 0,
      transferred: s?.transferred ?? 0,
      service: durations(s?.serviceMs ?? []),
      counter: counter ? { id: counter.id, name: counter.names.th } : null,
    };
  }

  officeName(): Localized {
    return this.deps.queue.office().name;
  }
}
