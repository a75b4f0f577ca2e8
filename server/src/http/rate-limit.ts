// Per-client rate limits (DESIGN §4: 429 rate-limited) for the two calls anyone can hammer: taking
// a ticket and logging in. A token bucket per key, refilled continuously, on the injected clock.
// No package: the hub is one process, so a Map is the whole store.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';

export interface RateLimits {
  /** Tickets per minute per client address (POST /tickets); 0 turns the limit off. */
  issuePerMin: number;
  /** Attempts per minute per client address and account at staff login and device pairing; 0 = off. */
  loginPerMin: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * `perMinute` tokens, refilled evenly over the minute; a full bucket allows a burst of that many.
 * At most `maxKeys` buckets are kept: beyond that the least recently used ones are dropped (a
 * dropped bucket only errs on the generous side: it comes back full).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(key: string): Take {
    const now = this.clock.now().getTime();
    const seen = this.buckets.get(key);
    // A clock set back must not lock anyone out: treat it as no time passed.
    const tokens = seen ? Math.min(this.perMinute, seen.tokens + Math.max(0, now - seen.at) * this.perMs) : this.perMinute;
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
 * The citizen portal's calls have their own limiter (server/src/citizens/rate-limit.ts).
 */
export const CREDENTIAL_ROUTES = ['/auth/login', '/devices/pair'] as const;

/** Whose account an attempt is at, so one person's typos do not lock out the whole office. */
function accountOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const account = record.username ?? record.email;
  return typeof account === 'string' ? account.trim().toLowerCase().slice(0, 100) : '';
}

function refuse(reply: FastifyReply, retryAfterSeconds: number, what: string): never {
  void reply.header('retry-after', String(retryAfterSeconds));
  throw new AppError(429, 'rate-limited', `Too many ${what}; try again in ${retryAfterSeconds} s`);
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
    app.addHook('onRequest', async (request, reply) => {
      if (!is(request, issueRoute)) return;
      const taken = issue.take(request.ip);
      if (!taken.ok) refuse(reply, taken.retryAfterSeconds, 'tickets from this device');
    });
  }
  if (login) {
    // After parsing (the username is in the body) but before validation and the password check:
    // scrypt is deliberately slow, so guessing is capped here and cheap to refuse.
    app.addHook('preValidation', async (request, reply) => {
      const route = request.routeOptions.url;
      if (request.method !== 'POST' || route === undefined || !credentialRoutes.has(route)) return;
      const taken = login.take(`${route}\n${request.ip}\n${accountOf(request.body)}`);
      if (!taken.ok) refuse(reply, taken.retryAfterSeconds, 'attempts');
    });
  }
}
