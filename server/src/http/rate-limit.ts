// Per-client rate limits (docs/design.md §4.1: 429 rate-limited with Retry-After), the hub's one mechanism:
// taking a ticket and logging in here (as hooks), the citizen portal's calls in their handlers. A
// token bucket per key, refilled continuously, on the injected clock. No package: the hub is one
// process, so a Map is the whole store.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';

export interface RateLimits {
  /** Tickets per minute per client address, on every route that makes one (TICKET_ROUTES); 0 = off. */
  issuePerMin: number;
  /**
   * Staff login attempts per minute per client address and username, and device pairing attempts
   * per minute per client address; each address also has 3 × this for all usernames together
   * (LOGIN_ADDRESS_FACTOR). 0 turns them off.
   */
  loginPerMin: number;
}

/** An address may try this many times loginPerMin staff logins a minute, whatever the usernames. */
export const LOGIN_ADDRESS_FACTOR = 3;

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

  /** Gives back a token taken for `key` (the attempt turned out not to count, e.g. a right password). */
  refund(key: string): void {
    const seen = this.buckets.get(key);
    if (seen) seen.tokens = Math.min(this.limit, seen.tokens + 1);
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
 * Takes one token from each bucket, in order, or none: at the first refusal the tokens already taken
 * are given back and RateLimited is thrown. Returns a function that gives all of them back, for an
 * attempt that turns out not to count (a login that succeeds). Taken before the slow check, not
 * after it, so a burst of parallel guesses cannot all pass a check that no failure has filled yet.
 */
export function takeEach(takes: ReadonlyArray<readonly [TokenBuckets, string]>, what = 'attempts'): () => void {
  const taken: Array<readonly [TokenBuckets, string]> = [];
  const giveBack = () => {
    for (const [buckets, key] of taken.splice(0)) buckets.refund(key);
  };
  for (const take of takes) {
    const result = take[0].take(take[1]);
    if (!result.ok) {
      giveBack();
      throw new RateLimited(result.retryAfterSeconds, what);
    }
    taken.push(take);
  }
  return giveBack;
}

/**
 * Whose account a staff login is at, so one person's typos do not lock out the whole office. Only
 * the field the route checks counts: a key built from any other field (an extra `email`, a random
 * `username` on pairing) would give a guesser a fresh bucket with every try.
 */
function usernameOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const username = (body as Record<string, unknown>).username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 100) : '';
}

/**
 * Every route that makes a ticket, under the API prefix: one bucket per address for all of them,
 * so a script cannot take through one door what the kiosk's door refuses. A new such route must be
 * added here (hoarding.test.ts tries each).
 */
export const TICKET_ROUTES = ['/tickets', '/requests/:id/ticket', '/bookings/check-in'] as const;

/** Adds the limits as hooks on the routes they guard; call before the routes are registered. */
export function installRateLimits(app: FastifyInstance, opts: { clock: Clock; limits: RateLimits; prefix: string }): void {
  const { clock, limits, prefix } = opts;
  const issue = limits.issuePerMin > 0 ? new TokenBuckets(limits.issuePerMin, clock) : null;
  const login = limits.loginPerMin > 0 ? new TokenBuckets(limits.loginPerMin, clock) : null;
  const loginAddress = limits.loginPerMin > 0 ? new TokenBuckets(limits.loginPerMin * LOGIN_ADDRESS_FACTOR, clock) : null;
  const ticketRoutes = new Set(TICKET_ROUTES.map((r) => `${prefix}${r}`));
  // The calls that check a staff password or a device pairing code. The citizen portal's calls
  // take their tokens in their handlers (server/src/portal/create-portal.ts).
  const loginRoute = `${prefix}/auth/login`;
  const pairRoute = `${prefix}/devices/pair`;
  const is = (request: FastifyRequest, url: string) => request.method === 'POST' && request.routeOptions.url === url;

  if (issue) {
    // Before the body is read: a flood costs the hub as little as possible.
    app.addHook('onRequest', async (request) => {
      const route = request.routeOptions.url;
      if (request.method === 'POST' && route !== undefined && ticketRoutes.has(route))
        issue.hit(request.ip, 'tickets from this device');
    });
  }
  if (login && loginAddress) {
    // After parsing (the username is in the body) but before validation and the password check:
    // scrypt is deliberately slow, so guessing is capped here and cheap to refuse.
    app.addHook('preValidation', async (request) => {
      if (is(request, loginRoute)) {
        // Per username (typos), and per address whatever the usernames (a spray of many names).
        takeEach([
          [loginAddress, `${loginRoute}\n${request.ip}`],
          [login, `${loginRoute}\n${request.ip}\n${usernameOf(request.body)}`],
        ]);
      } else if (is(request, pairRoute)) {
        // A guess is a new code each time: per address, whatever the code or the rest of the body.
        login.hit(`${pairRoute}\n${request.ip}`);
      }
    });
  }
}
