// Per-client rate limits (docs/design.md §4.1: 429 rate-limited with Retry-After), the hub's one mechanism:
// taking a ticket and logging in here (as hooks), the citizen portal's calls in their handlers. A
// token bucket per key, refilled continuously, on the injected clock. No package: the hub is one
// process, so a Map is the whole store.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';

export interface RateLimits {
  /** Tickets per minute per client address (POST /tickets); 0 turns the limit off. */
  issuePerMin: number;
  /** Attempts per minute per client address and account at staff login and device pairing; 0 = off. */
  loginPerMin: number;
}

/** `limit` calls per `windowMs`. */
export interface Rate {
  limit: number;
  windowMs: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/** 429 rate-limited, carrying when to come back; the error handler puts that in Retry-After. */
export class RateLimited extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    what: string,
  ) {
    super(429, 'rate-limited', `Too many ${what}; try again in ${retryAfterSeconds} s`);
  }
}

/**
 * `limit` tokens per window (a number: per minute), refilled evenly over it; a full bucket allows a
 * burst of `limit`. At most `maxKeys` buckets are kept: beyond that the least recently used ones
 * are dropped (a dropped bucket only errs on the generous side: it comes back full).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly limit: number;
  private readonly perMs: number;

  constructor(
    rate: Rate | number,
    private readonly clock: Clock,
    private readonly maxKeys = 10_000,
  ) {
    const { limit, windowMs } = typeof rate === 'number' ? { limit: rate, windowMs: 60_000 } : rate;
    this.limit = limit;
    this.perMs = limit / windowMs;
  }

  take(key: string): Take {
    const now = this.clock.now().getTime();
    const seen = this.buckets.get(key);
    // A clock set back must not lock anyone out: treat it as no time passed.
    const tokens = seen ? Math.min(this.limit, seen.tokens + Math.max(0, now - seen.at) * this.perMs) : this.limit;
    // Re-insert so Map order is least recently used first.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      this.evict();
      return { ok: true };
    }
    this.buckets.set(key, { tokens, at: now });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
  }

  /** Takes a token for `key` or throws RateLimited ("Too many <what>…"). */
  hit(key: string, what = 'attempts'): void {
    const taken = this.take(key);
    if (!taken.ok) throw new RateLimited(taken.retryAfterSeconds, what);
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}

/**
 * The POST calls that check a staff password or a device pairing code (under the API prefix).
 * The citizen portal's calls take their tokens in their handlers (server/src/portal/create-portal.ts).
 */
export const CREDENTIAL_ROUTES = ['/auth/login', '/devices/pair'] as const;

/** Whose account an attempt is at, so one person's typos do not lock out the whole office. */
function accountOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const account = record.username ?? record.email;
  return typeof account === 'string' ? account.trim().toLowerCase().slice(0, 100) : '';
}

/** Adds the limits as hooks on the routes they guard; call before the routes are registered. */
export function installRateLimits(app: FastifyInstance, opts: { clock: Clock; limits: RateLimits; prefix: string }): void {
  const { clock, limits, prefix } = opts;
  const issue = limits.issuePerMin > 0 ? new TokenBuckets(limits.issuePerMin, clock) : null;
  const login = limits.loginPerMin > 0 ? new TokenBuckets(limits.loginPerMin, clock) : null;
  const issueRoute = `${prefix}/tickets`;
  const credentialRoutes = new Set(CREDENTIAL_ROUTES.map((r) => `${prefix}${r}`));
  const is = (request: FastifyRequest, url: string) => request.method === 'POST' && request.routeOptions.url === url;

  if (issue) {
    // Before the body is read: a flood costs the hub as little as possible.
    app.addHook('onRequest', async (request) => {
      if (is(request, issueRoute)) issue.hit(request.ip, 'tickets from this device');
    });
  }
  if (login) {
    // After parsing (the username is in the body) but before validation and the password check:
    // scrypt is deliberately slow, so guessing is capped here and cheap to refuse.
    app.addHook('preValidation', async (request) => {
      const route = request.routeOptions.url;
      if (request.method !== 'POST' || route === undefined || !credentialRoutes.has(route)) return;
      login.hit(`${route}\n${request.ip}\n${accountOf(request.body)}`);
    });
  }
}
