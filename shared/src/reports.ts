// Reports for a day or a range of business days (docs/admin-api.md), read from the tickets, the event log
// and the ratings. Times are in seconds; hours are local to the office's time zone.
import { z } from 'zod';
import { Id, Localized } from './domain.js';

export const MAX_REPORT_DAYS = 366;

/** A calendar date YYYY-MM-DD that exists. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((d) => {
    // Zod runs this even when the pattern failed: never let a bad string reach toISOString().
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'no such date');

/** Inclusive number of days from one date to another. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `to` defaults to `from` (one day). */
export const ReportQuery = z
  .object({ from: CalendarDate, to: CalendarDate.optional() })
  .refine((q) => q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => q.to === undefined || daysInRange(q.from, q.to) <= MAX_REPORT_DAYS, {
    message: `at most ${MAX_REPORT_DAYS} days`,
    path: ['to'],
  });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const Durations = z.object({
  count: z.number().int().nonnegative(),
  meanSeconds: z.number().nonnegative().nullable(),
  /** Nearest-rank 90th percentile. */
  p90Seconds: z.number().nonnegative().nullable(),
});
export type Durations = z.infer<typeof Durations>;

const Count = z.number().int().nonnegative();

/** What became of the tickets of the range (their status now). */
export const Outcomes = z.object({
  issued: Count,
  served: Count,
  noShow: Count,
  cancelled: Count,
  expired: Count,
  /** Not finished yet: waiting, called, serving, held (only for today's tickets). */
  open: Count,
});
export type Outcomes = z.infer<typeof Outcomes>;

/**
 * One service. `issued` and `wait` count the tickets taken for it; the outcomes and `service` count
 * the tickets that ended in it (after transfers), so across a transfer the two sides differ.
 */
export const ReportServiceRow = Outcomes.extend({
  serviceId: Id,
  code: z.string(),
  name: Localized,
  /** Issue → first call, of tickets taken for this service. */
  wait: Durations,
  /** Start → finish, of tickets this service finished. */
  service: Durations,
});
export type ReportServiceRow = z.infer<typeof ReportServiceRow>;

export const ReportSummary = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  generatedAt: z.string(),
  totals: Outcomes.extend({
    /** Tickets called at least once. */
    called: Count,
    /** noShow ÷ called; null when none was called. */
    noShowRate: z.number().min(0).max(1).nullable(),
    wait: Durations,
    service: Durations,
  }),
  byService: z.array(ReportServiceRow),
  /** All 24 local hours: tickets issued in that hour, tickets finished (served) in it. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), issued: Count, served: Count })),
  byDay: z.array(z.object({ businessDay: z.string(), issued: Count, served: Count })),
  byStaff: z.array(
    z.object({
      staffId: Id,
      displayName: z.string(),
      /** Calls made (recalls not counted). */
      called: Count,
      /** Tickets completed, and their service time. */
      served: Count,
      noShows: Count,
      transferred: Count,
      service: Durations,
    }),
  ),
  satisfaction: z.object({
    count: Count,
    meanScore: z.number().nullable(),
    /** Scores 1 to 5, in order. */
    distribution: z.array(z.object({ score: z.number().int().min(1).max(5), count: Count })),
    /** All ratings with a comment. */
    commentCount: Count,
    /** The newest comments (at most 200 in JSON; the CSV has them all). */
    comments: z.array(
      z.object({
        at: z.string(),
        businessDay: z.string(),
        ticketNumber: z.string(),
        serviceId: Id,
        score: z.number().int(),
        comment: z.string(),
      }),
    ),
  }),
});
export type ReportSummary = z.infer<typeof ReportSummary>;
