// LINE pieces more than one part needs (docs/design.md §6.2): the link printed in a ticket's QR that opens
// the office's Official Account chat with the ticket's code prefilled, the parser the hub uses on
// that chat message, and the admin's status answer.
import { z } from 'zod';
import { TRACKING_CODE_CHARS, TRACKING_CODE_PATTERN } from './tracking-code.js';

/** The word before the code in the prefilled chat message: "คิว ABCD234567". */
export const LINE_LINK_WORD = 'คิว';

/** The chat text that links a ticket when the citizen sends it. */
export function lineLinkText(trackingCode: string): string {
  return `${LINE_LINK_WORD} ${trackingCode}`;
}

/**
 * `https://line.me/R/oaMessage/<basic id>/?<text>`: opens the chat with the Official Account (or
 * its add-friend screen first) with the text in the input box. The basic ID keeps its "@",
 * percent-encoded like the text, as LINE's URL scheme expects.
 */
export function lineOaMessageUrl(basicId: string, text: string): string {
  const id = basicId.startsWith('@') ? basicId : `@${basicId}`;
  return `https://line.me/R/oaMessage/${encodeURIComponent(id)}/?${encodeURIComponent(text)}`;
}

/** The link for a ticket's "follow on LINE" QR (printer, kiosk screen, tracker page). */
export function ticketLineUrl(basicId: string, trackingCode: string): string {
  return lineOaMessageUrl(basicId, lineLinkText(trackingCode));
}

// Only a whole message that is a code, or the word and a code, links: chatter never does. The bare
// code is tried first, so a code that starts like the word (Q…) is never cut short.
const WORD_AND_CODE = new RegExp(`^(?:คิว|queue)\\s*[:#]?\\s*(${TRACKING_CODE_CHARS})$`, 'iu');

/** The tracking code in a chat message such as "คิว ABCD234567", upper-cased, or null. */
export function trackingCodeFromText(text: string): string | null {
  const trimmed = text.normalize('NFC').trim();
  if (TRACKING_CODE_PATTERN.test(trimmed)) return trimmed.toUpperCase();
  const match = WORD_AND_CODE.exec(trimmed);
  return match?.[1] ? match[1].toUpperCase() : null;
}

export const LineQuota = z.object({
  /** `none`: no monthly limit (a paid plan without a cap); `limited`: see limit. */
  type: z.enum(['none', 'limited']),
  limit: z.number().int().nonnegative().nullable(),
  used: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative().nullable(),
  low: z.boolean(),
  checkedAt: z.string(),
});
export type LineQuota = z.infer<typeof LineQuota>;

export const LineStatusResponse = z.object({
  /** The relay runs (OSS_LINE_CHANNEL_ACCESS_TOKEN is set). */
  enabled: z.boolean(),
  /** POST /line/webhook is served (the channel secret is set too). */
  webhook: z.boolean(),
  basicId: z.string().nullable(),
  outbox: z.object({
    pending: z.number().int().nonnegative(),
    sent: z.number().int().nonnegative(),
    expired: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    dropped: z.number().int().nonnegative(),
  }),
  lastSentAt: z.string().nullable(),
  /** The last delivery problem (a status or error class, never a message body). */
  lastError: z.object({ at: z.string(), reason: z.string() }).nullable(),
  /** While LINE is unreachable or rate limiting: when the relay tries again. */
  retryAt: z.string().nullable(),
  quota: LineQuota.nullable(),
  /** Thai first: what the admin should know, e.g. the monthly quota running low. */
  warnings: z.array(z.string()),
  linkedUsers: z.number().int().nonnegative(),
  retentionDays: z.number().int().positive(),
});
export type LineStatusResponse = z.infer<typeof LineStatusResponse>;
