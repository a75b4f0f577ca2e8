// A fixed-window counter per key (an address, a username, an e-mail), on the injected clock. Kept
// in memory: one hub serves one office, and a restart forgetting the counts is harmless.
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';

export interface RateRule {
  limit: number;
  windowMs: number;
}

const MAX_KEYS = 50_000;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly rule: RateRule,
  ) {}

  /** Counts one attempt; throws 429 rate-limited when the key is over its limit. */
  hit(key: string): void {
    const now = this.clock.now().getTime();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.rule.windowMs) {
      if (this.windows.size >= MAX_KEYS) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count > this.rule.limit) {
      const seconds = Math.max(1, Math.ceil((w.start + this.rule.windowMs - now) / 1000));
      throw new AppError(429, 'rate-limited', `Too many attempts; try again in ${seconds} s`);
    }
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.rule.windowMs) this.windows.delete(key);
    // Still full (an attack from many keys): start over rather than grow without bound.
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}
