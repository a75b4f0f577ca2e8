// Domain vocabulary shared by the hub and every screen (docs/design.md §3).
import { z } from 'zod';

export const TicketStatus = z.enum([
  'waiting',
  'called',
  'serving',
  'done',
  'no-show',
  'held',
  'transferred',
  'cancelled',
  'expired',
]);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Statuses in which a ticket stands in a service's queue and can be called. */
export const QUEUED_STATUSES = ['waiting', 'transferred'] as const satisfies readonly TicketStatus[];
/** Statuses in which a ticket occupies a counter. */
export const AT_COUNTER_STATUSES = ['called', 'serving'] as const satisfies readonly TicketStatus[];
/** Statuses after which nothing more happens to a ticket. */
export const FINAL_STATUSES = ['done', 'cancelled', 'expired'] as const satisfies readonly TicketStatus[];

export const Priority = z.enum(['none', 'elderly', 'disabled', 'pregnant', 'monk']);
export type Priority = z.infer<typeof Priority>;

export const Channel = z.enum(['kiosk', 'web', 'counter']);
export type Channel = z.infer<typeof Channel>;

export const StaffRole = z.enum(['staff', 'supervisor', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

export const Localized = z.object({ th: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

export const Id = z.number().int().positive();
