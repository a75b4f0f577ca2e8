import { z } from 'zod';

/** Every error the hub returns, HTTP or socket, has this shape (docs/design.md §4.1). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ERROR_CODES = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'ticket-not-found',
  'service-not-found',
  'counter-not-found',
  'service-closed',
  'daily-cap-reached',
  'invalid-transition',
  'counter-busy',
  'counter-closed',
  'not-served-here',
  'already-rated',
  'idempotency-key-reused',
  // Admin, counter sign-in and devices (docs/admin-api.md).
  'counter-in-use',
  'last-admin',
  'code-taken',
  'username-taken',
  'service-has-tickets',
  'user-not-found',
  'device-not-found',
  'invalid-pairing-code',
  'terms-not-found',
  'payload-too-large',
  'rate-limited',
  'unsupported-media-type',
  'internal-error',
  // The hub's disk is full or read-only, or the database cannot be written (503; not the client's fault).
  'storage-unavailable',
  // Printing (a printer fault is not the client's fault, but the hub answers 409, never 5xx).
  'printer-not-configured',
  'printer-unavailable',
  'printer-out-of-paper',
  // LINE webhook: x-line-signature missing or wrong (401).
  'invalid-signature',
  // Voice sets for the TV display (docs/display.md).
  'voice-set-not-found',
  'voice-clip-not-found',
  'voice-set-reserved',
  // Citizen portal (docs/portal.md).
  'citizen-id-invalid',
  'citizen-id-taken',
  'terms-outdated',
  'consent-required',
  'reset-token-invalid',
  'request-not-found',
  'request-not-editable',
  'request-not-submitted',
  'request-already-booked',
  'document-not-found',
  'file-type-not-allowed',
  'file-too-large',
  'too-many-files',
  'file-name-invalid',
  // One citizen's documents over their quota (413), too many drafts open (409), and the hub's disk
  // too full to take a file and still leave room for the queue (507; not the citizen's fault).
  'quota-exceeded',
  'too-many-drafts',
  'insufficient-storage',
  'booking-not-found',
  'booking-wrong-day',
  'booking-used',
  'booking-cancelled',
  'slot-unavailable',
  'slot-full',
  'line-login-off',
  // Links in mails and LINE Login's redirect come only from OSS_PUBLIC_URL: without it, LINE Login is refused (409).
  'public-url-not-set',
  // One citizen's live bookings, or tickets taken today, at the limit (OSS_CITIZEN_MAX_*; 409).
  'too-many-bookings',
  'too-many-tickets',
  // A citizen ID once set changes only by a supervisor at the counter (409).
  'citizen-id-locked',
  // A new staff or citizen password that is common or quick to guess (400, with a hint).
  'weak-password',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
