// HTTP request and answer schemas (docs/design.md §4.2). The hub validates with them and publishes them as
// OpenAPI; the screens infer their types from them.
import { z } from 'zod';
import { Channel, Id, Localized, Priority, StaffRole } from './domain.js';
import { Ticket, TrackedTicket, WaitRange } from './ticket.js';
import { TrackingCode } from './tracking-code.js';

export const API_PREFIX = '/api/v1';

export const Health = z.object({ status: z.literal('ok'), version: z.string() });
export type Health = z.infer<typeof Health>;

export const Service = z.object({
  id: Id,
  code: z.string(),
  name: Localized,
  description: Localized,
  documents: z.array(Localized),
  /** Accepting new tickets now (active, within its hours, under its daily cap). */
  open: z.boolean(),
  waiting: z.number().int().nonnegative(),
  avgServiceMinutes: z.number().int().positive(),
  /** Wait a ticket issued now would face. */
  estimatedWait: WaitRange,
});
export type Service = z.infer<typeof Service>;

export const ServicesResponse = z.object({ services: z.array(Service) });
export type ServicesResponse = z.infer<typeof ServicesResponse>;

export const IssueTicketBody = z.object({
  serviceId: Id,
  priority: Priority.optional(),
  channel: Channel.optional(),
});
export type IssueTicketBody = z.infer<typeof IssueTicketBody>;

export const TicketResponse = z.object({ ticket: Ticket });
export type TicketResponse = z.infer<typeof TicketResponse>;

export const MaybeTicketResponse = z.object({ ticket: Ticket.nullable() });
export type MaybeTicketResponse = z.infer<typeof MaybeTicketResponse>;

export const NowServing = z.object({ number: z.string(), counterName: z.string() });
export type NowServing = z.infer<typeof NowServing>;

/** The answer of a call by tracking code (cancel): the ticket as its tracker shows it. */
export const TrackedTicketResponse = z.object({ ticket: TrackedTicket });
export type TrackedTicketResponse = z.infer<typeof TrackedTicketResponse>;

export const TrackResponse = z.object({
  ticket: TrackedTicket,
  ahead: z.number().int().nonnegative(),
  nowServing: z.array(NowServing),
  service: z.object({ id: Id, code: z.string(), name: Localized }),
});
export type TrackResponse = z.infer<typeof TrackResponse>;

export const TrackingCodeParams = z.object({ trackingCode: TrackingCode });

export const RatingBody = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export type RatingBody = z.infer<typeof RatingBody>;

export const RatingResponse = z.object({ rating: z.object({ score: z.number().int(), comment: z.string().nullable() }) });

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z.object({ id: Id, username: z.string(), displayName: z.string(), role: StaffRole });
export type User = z.infer<typeof User>;

export const LoginResponse = z.object({ token: z.string(), user: User, expiresAt: z.string() });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const MeResponse = z.object({ user: User });

/** The staff member signed in at a counter (staff screens only; public views leave it out). */
export const CounterStaff = z.object({ id: Id, displayName: z.string() });
export type CounterStaff = z.infer<typeof CounterStaff>;

export const Counter = z.object({
  id: Id,
  name: z.string(),
  names: Localized,
  serviceIds: z.array(Id),
  open: z.boolean(),
  current: Ticket.nullable(),
  /** Who is signed in at the counter (POST /counters/:id/sign-in), or null; absent on public views. */
  staff: CounterStaff.nullable().optional(),
});
export type Counter = z.infer<typeof Counter>;

export const CountersResponse = z.object({ counters: z.array(Counter) });
export type CountersResponse = z.infer<typeof CountersResponse>;

export const CounterResponse = z.object({ counter: Counter });
export type CounterResponse = z.infer<typeof CounterResponse>;

export const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

export const TransferBody = z.object({ serviceId: Id, note: z.string().trim().max(500).optional() });
export type TransferBody = z.infer<typeof TransferBody>;

export const CallTicketBody = z.object({ ticketId: Id });
export type CallTicketBody = z.infer<typeof CallTicketBody>;

// nullish: a POST without a body reaches the validator as null.
export const ResumeBody = z.object({ counterId: Id.optional() }).nullish();

export const TICKET_ACTIONS = ['recall', 'start', 'complete', 'no-show', 'hold', 'resume', 'return', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const DayCloseResponse = z.object({ businessDay: z.string(), expired: z.number().int().nonnegative() });
