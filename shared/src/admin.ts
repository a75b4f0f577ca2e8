// The admin pages' contract (docs/admin-api.md): services, counters, staff, devices, office settings, terms
// and the audit log, plus counter sign-in and the staff member's own figures. The hub validates
// with these and publishes them as OpenAPI; the counter app's admin pages infer their types here.
// Reports are in reports.ts; device settings in devices.ts.
import { z } from 'zod';
import { CounterRef } from './ticket.js';
import { Id, StaffRole } from './domain.js';
import { CounterStaff } from './http.js';
import { Durations } from './reports.js';

export * from './devices.js';
export * from './reports.js';

/** One line of text a person typed: trimmed, not empty. */
const line = (max: number) => z.string().trim().min(1).max(max);
/** Free text that may be empty. */
const text = (max: number) => z.string().trim().max(max);

export const LocalizedName = z.object({ th: line(200), en: line(200) });
export const LocalizedText = z.object({ th: text(2000), en: text(2000) });

export const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');
export const ServiceCode = z.string().regex(/^[A-Z]{1,3}$/, 'use 1–3 capital letters A–Z');
/** An ISO 8601 instant. */
const IsoTime = z.string();

/** Both hours or neither; a service closes after it opens. */
export function hoursProblem(s: { openTime: string | null; closeTime: string | null }): string | null {
  if ((s.openTime === null) !== (s.closeTime === null)) return 'set both openTime and closeTime, or neither';
  if (s.openTime !== null && s.closeTime !== null && s.openTime >= s.closeTime) return 'closeTime must be after openTime';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Services

const ServiceFields = z.object({
  code: ServiceCode,
  name: LocalizedName,
  description: LocalizedText,
  /** The documents to bring, shown on the kiosk. */
  documents: z.array(LocalizedName).max(30),
  /** Ticket hours in the office's time zone; null for both = whenever the hub runs. */
  openTime: HHMM.nullable(),
  closeTime: HHMM.nullable(),
  /** Tickets per business day; null = no cap. */
  dailyCap: z.number().int().min(1).max(9999).nullable(),
  avgServiceMinutes: z.number().int().min(1).max(480),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(10_000),
});

/** POST /admin/services. Only code and name are required. */
export const ServiceCreateBody = ServiceFields.partial()
  .required({ code: true, name: true })
  .refine((s) => hoursProblem({ openTime: s.openTime ?? null, closeTime: s.closeTime ?? null }) === null, {
    message: 'set both openTime and closeTime (open before close), or neither',
    path: ['closeTime'],
  });
export type ServiceCreateBody = z.infer<typeof ServiceCreateBody>;

/** PATCH /admin/services/:id: the fields to change. */
export const ServicePatchBody = ServiceFields.partial();
export type ServicePatchBody = z.infer<typeof ServicePatchBody>;

export const AdminService = ServiceFields.extend({
  id: Id,
  /** Whether any ticket was ever issued for it: then it can be deactivated but not deleted. */
  hasTickets: z.boolean(),
});
export type AdminService = z.infer<typeof AdminService>;

export const AdminServiceResponse = z.object({ service: AdminService });
export const AdminServicesResponse = z.object({ services: z.array(AdminService) });

// ---------------------------------------------------------------------------------------------
// Counters

const uniqueIds = (ids: number[]) => new Set(ids).size === ids.length;

const CounterFields = z.object({
  names: LocalizedName,
  /** The services it calls from, in the order staff see them. */
  serviceIds: z.array(Id).max(50).refine(uniqueIds, 'a service may appear once'),
  /** Calling policy: after a priority call this many normal calls come first (0 = priority always first). */
  normalPerPriority: z.number().int().min(0).max(20),
  sortOrder: z.number().int().min(0).max(10_000),
});

export const CounterCreateBody = CounterFields.partial().required({ names: true });
export type CounterCreateBody = z.infer<typeof CounterCreateBody>;

export const CounterPatchBody = CounterFields.partial();
export type CounterPatchBody = z.infer<typeof CounterPatchBody>;

export const AdminCounter = CounterFields.extend({ id: Id, open: z.boolean(), staff: CounterStaff.nullable() });
export type AdminCounter = z.infer<typeof AdminCounter>;

export const AdminCounterResponse = z.object({ counter: AdminCounter });
export const AdminCountersResponse = z.object({ counters: z.array(AdminCounter) });

/** A counter is removed when nothing refers to it, else archived (hidden, history kept). */
export const CounterDeleteResponse = z.object({ result: z.enum(['deleted', 'archived']) });

/** POST /counters/:id/sign-in. `force` lets a supervisor or admin take a counter someone holds. */
// nullish: Fastify hands a request without a body to the validator as null.
export const CounterSignInBody = z.object({ force: z.boolean().optional() }).nullish();
export type CounterSignInBody = z.infer<typeof CounterSignInBody>;

// ---------------------------------------------------------------------------------------------
// Staff users

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{2,32}$/, 'use 2–32 letters, digits, dot, dash or underscore');
export const NewPassword = z.string().min(8, 'at least 8 characters').max(256);

export const UserCreateBody = z.object({
  username: Username,
  displayName: line(100),
  role: StaffRole,
  password: NewPassword,
});
export type UserCreateBody = z.infer<typeof UserCreateBody>;

/** PATCH /admin/users/:id. A password here resets it and ends the user's other sessions. */
export const UserPatchBody = z.object({
  displayName: line(100).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
  password: NewPassword.optional(),
});
export type UserPatchBody = z.infer<typeof UserPatchBody>;

export const AdminUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
  active: z.boolean(),
  createdAt: IsoTime,
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserResponse = z.object({ user: AdminUser });
export const AdminUsersResponse = z.object({ users: z.array(AdminUser) });

// ---------------------------------------------------------------------------------------------
// Office settings. Secrets are write-only: a GET says only whether one is set.

export const SecretState = z.object({ set: z.boolean() });
export type SecretState = z.infer<typeof SecretState>;

export const OfficeSettings = z.object({
  name: LocalizedName,
  /** The lobby ticker; empty strings = none. */
  announcement: z.object({ th: text(500), en: text(500) }),
  /** Local time at which the day closes by itself (waiting tickets expire); null = only at midnight. */
  dayCloseTime: HHMM.nullable(),
});
export type OfficeSettings = z.infer<typeof OfficeSettings>;

const LineBasicId = z
  .string()
  .trim()
  .regex(/^@[A-Za-z0-9._-]{1,40}$/, 'a LINE basic ID such as @123abcde');
const SmtpUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^smtps?:\/\/\S+$/, 'an smtp:// or smtps:// URL');
const MailFrom = z
  .string()
  .trim()
  .max(200)
  .regex(/^[^\s@<>]+@[^\s@<>]+$|^.*<[^\s@<>]+@[^\s@<>]+>$/, 'an address such as oss@example.go.th');
const SecretInput = z.string().trim().min(1).max(1000);

export const SettingsResponse = z.object({
  office: OfficeSettings,
  line: z.object({ channelAccessToken: SecretState, channelSecret: SecretState, basicId: z.string().nullable() }),
  mail: z.object({ smtpUrl: SecretState, from: z.string().nullable() }),
  /**
   * OSS_PUBLIC_URL, read-only (set in the environment). Null: the hub mails no password reset links
   * and LINE Login is off, since links are never built from a request's Host header.
   */
  publicUrl: z.string().nullable(),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;

/** PATCH /admin/settings: only what is given changes; a secret set to null is cleared. */
export const SettingsPatchBody = z.object({
  office: OfficeSettings.partial().optional(),
  line: z
    .object({
      channelAccessToken: SecretInput.nullable().optional(),
      channelSecret: SecretInput.nullable().optional(),
      basicId: LineBasicId.nullable().optional(),
    })
    .optional(),
  mail: z.object({ smtpUrl: SmtpUrl.nullable().optional(), from: MailFrom.nullable().optional() }).optional(),
});
export type SettingsPatchBody = z.infer<typeof SettingsPatchBody>;

// ---------------------------------------------------------------------------------------------
// Terms and privacy notice: append-only versions; the latest is current.

export const TermsVersion = z.object({
  version: z.number().int().positive(),
  text: z.object({ th: z.string(), en: z.string() }),
  createdAt: IsoTime,
});
export type TermsVersion = z.infer<typeof TermsVersion>;

export const TermsCreateBody = z.object({ text: z.object({ th: line(100_000), en: line(100_000) }) });
export type TermsCreateBody = z.infer<typeof TermsCreateBody>;

export const TermsResponse = z.object({ terms: TermsVersion });
export const TermsListResponse = z.object({ versions: z.array(TermsVersion) });

// ---------------------------------------------------------------------------------------------
// Audit log

export const AUDIT_ENTITIES = [
  'service',
  'counter',
  'user',
  'device',
  'settings',
  'terms',
  'counter-session',
  'day',
  'citizen',
] as const;
export const AuditEntity = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoTime,
  /** Who did it; null for the hub itself (the automatic day close). */
  user: CounterStaff.nullable(),
  entity: AuditEntity,
  entityId: z.string().nullable(),
  /** create, update, delete, archive, password-reset, pairing-code, sign-in, sign-in-forced, sign-out, close, reveal, … */
  action: z.string(),
  /** The record before and after, without secrets. */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Paging: pass the previous page's nextBefore to get older entries. */
  before: z.coerce.number().int().positive().optional(),
  entity: AuditEntity.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditResponse = z.object({ entries: z.array(AuditEntry), nextBefore: Id.nullable() });
export type AuditResponse = z.infer<typeof AuditResponse>;

// ---------------------------------------------------------------------------------------------
// The staff member's own day (GET /me/stats)

export const MeStatsResponse = z.object({
  businessDay: z.string(),
  /** Calls made (a recall is not a new call). */
  called: z.number().int().nonnegative(),
  served: z.number().int().nonnegative(),
  noShows: z.number().int().nonnegative(),
  transferred: z.number().int().nonnegative(),
  /** Service time (started → finished) of the tickets this user completed. */
  service: Durations,
  /** The counter this login is signed in at. */
  counter: CounterRef.nullable(),
});
export type MeStatsResponse = z.infer<typeof MeStatsResponse>;
