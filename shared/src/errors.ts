import { z } from 'zod';

/** Every error the hub returns, HTTP or socket, has this shape (DESIGN §4). */
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
  'payload-too-large',
  'rate-limited',
  'unsupported-media-type',
  'internal-error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
