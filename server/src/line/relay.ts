// The durable relay (docs/design.md §6.1): sends outbox rows in order when LINE is reachable, each with its
// own X-Line-Retry-Key so a retry after a lost answer never sends twice; pauses the whole channel
// with exponential back-off on network errors, timeouts and 5xx, and for Retry-After on 429; drops
// alerts that went stale meanwhile. Never runs inside a queue transaction: a slow LINE cannot slow
// a ticket down. Time for staleness and back-off comes from the injected clock.
import type { LineQuota } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { SettingsRepo } from '../settings/settings-repo.js';
import type { LineMessage } from './flex.js';
import { classify, type LineApi } from './line-api.js';
import type { LineLog } from './line-log.js';
import type { OutboxRepo } from './outbox-repo.js';
import type { PurgeResult } from './purge.js';
import { storeQuota, toQuota } from './quota.js';

export interface RelayTuning {
  /** How often the relay looks for due rows, quota and purge; 0: no timer (tests call flush()). */
  pollMs: number;
  /** A LINE call slower than this counts as failed (and is retried with the same key). */
  requestTimeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  batchSize: number;
  quotaCheckMs: number;
  /** Warn when no more than this share of the monthly quota is left. */
  quotaLowRatio: number;
  purgeEveryMs: number;
  /** How long close() waits for a send in flight. */
  stopWaitMs: number;
}

export const DEFAULT_RELAY_TUNING: RelayTuning = {
  pollMs: 2000,
  requestTimeoutMs: 10_000,
  backoffBaseMs: 2000,
  backoffMaxMs: 5 * 60_000,
  batchSize: 50,
  quotaCheckMs: 3600_000,
  quotaLowRatio: 0.1,
  purgeEveryMs: 24 * 3600_000,
  stopWaitMs: 2000,
};

export interface FlushResult {
  sent: number;
  /** Accepted earlier under the same retry key (409): delivered once, not again. */
  duplicates: number;
  expired: number;
  failed: number;
  /** Set when the relay is backing off: the earliest next try. */
  retryAt: Date | null;
}

export interface RelayDeps {
  api: LineApi;
  outbox: OutboxRepo;
  settings: SettingsRepo;
  clock: Clock;
  log: LineLog;
  purge: (now: number) => PurgeResult;
  tuning: RelayTuning;
}

function parseMessages(json: string): LineMessage[] | null {
  try {
    const value: unknown = JSON.parse(json);
    // Written by the outbox from built messages; LINE takes 1 to 5 per push.
    return Array.isArray(value) && value.length > 0 ? (value as LineMessage[]) : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class LineRelay {
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private queued: Promise<FlushResult> | null = null;
  private stopped = false;
  private failures = 0;
  private pausedUntil = 0;
  private lastPurgeAt = -Infinity;
  private lastQuotaAt = -Infinity;
  private quotaWasLow = false;
  private lastErr: { at: number; reason: string } | null = null;

  constructor(private readonly deps: RelayDeps) {}

  start(): void {
    const { pollMs } = this.deps.tuning;
    if (pollMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tick(), pollMs);
      this.timer.unref();
      void this.tick();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.race([this.chain, sleep(this.deps.tuning.stopWaitMs)]);
  }

  /** New rows committed: send them now rather than at the next poll. */
  wake(): void {
    if (!this.stopped) void this.flush();
  }

  /** One timer round: the daily purge and hourly quota check when due by the clock, then a flush. */
  async tick(): Promise<void> {
    if (this.stopped) return;
    const { clock, tuning, log } = this.deps;
    const now = clock.now().getTime();
    if (now - this.lastPurgeAt >= tuning.purgeEveryMs) {
      this.lastPurgeAt = now;
      this.purge(now);
    }
    if (now - this.lastQuotaAt >= tuning.quotaCheckMs) {
      this.lastQuotaAt = now;
      void this.checkQuota();
    }
    await this.flush().catch((err: unknown) => log.error({ err }, 'LINE relay pass failed'));
  }

  purge(now = this.deps.clock.now().getTime()): PurgeResult | null {
    try {
      const result = this.deps.purge(now);
      if (result.links + result.outbox + result.webhookEvents > 0)
        this.deps.log.info(result, 'purged LINE data past its retention');
      return result;
    } catch (err) {
      this.deps.log.error({ err }, 'LINE retention purge failed');
      return null;
    }
  }

  /** Runs one sending pass after any pass already queued; concurrent calls share a queued pass. */
  flush(): Promise<FlushResult> {
    if (this.queued) return this.queued;
    const pass = this.chain.then(() => {
      this.queued = null;
      return this.pass();
    });
    this.queued = pass;
    this.chain = pass.catch(() => undefined);
    return pass;
  }

  status(): { lastError: { at: string; reason: string } | null; retryAt: string | null } {
    const now = this.deps.clock.now().getTime();
    return {
      lastError: this.lastErr && { at: new Date(this.lastErr.at).toISOString(), reason: this.lastErr.reason },
      retryAt: this.pausedUntil > now ? new Date(this.pausedUntil).toISOString() : null,
    };
  }

  async checkQuota(): Promise<LineQuota | null> {
    const { api, settings, clock, log, tuning } = this.deps;
    try {
      const figures = await api.quota();
      if (this.stopped) return null;
      const quota = toQuota(figures, tuning.quotaLowRatio, clock.now());
      storeQuota(settings, quota);
      if (quota.low && !this.quotaWasLow) {
        log.warn(
          { limit: quota.limit, used: quota.used, remaining: quota.remaining },
          'LINE monthly message quota is running low',
        );
      }
      this.quotaWasLow = quota.low;
      return quota;
    } catch (err) {
      log.warn({ reason: classify(err).reason }, 'could not read the LINE message quota');
      return null;
    }
  }

  private backoff(): number {
    const { backoffBaseMs, backoffMaxMs } = this.deps.tuning;
    const exp = Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.min(this.failures - 1, 20));
    // ±20 % so that many hubs coming back online do not retry in step.
    return Math.round(exp * (0.8 + Math.random() * 0.4));
  }

  private async pass(): Promise<FlushResult> {
    const { outbox, clock, api, log, tuning } = this.deps;
    const result: FlushResult = { sent: 0, duplicates: 0, expired: 0, failed: 0, retryAt: null };
    while (!this.stopped) {
      const now = clock.now().getTime();
      if (now < this.pausedUntil) {
        result.retryAt = new Date(this.pausedUntil);
        return result;
      }
      const rows = outbox.due(now, tuning.batchSize);
      if (rows.length === 0) return result;
      for (const row of rows) {
        const at = clock.now().getTime();
        if (at >= row.expires_at) {
          outbox.finish(row.id, 'expired', at, 'stale');
          result.expired++;
          continue;
        }
        const messages = parseMessages(row.messages);
        if (!messages) {
          // Unreadable: sending it can never succeed, and it must not hold up the rows behind it.
          outbox.finish(row.id, 'failed', at, 'unreadable row');
          result.failed++;
          continue;
        }
        const outcome = await api.push(row.line_user_id, messages, row.retry_key);
        // close() may have closed the database while the call was out.
        if (this.stopped) return result;
        const done = clock.now().getTime();
        if (outcome.ok) {
          outbox.finish(row.id, 'sent', done);
          if (outcome.duplicate) result.duplicates++;
          else result.sent++;
          if (this.failures > 0) log.info({ afterFailures: this.failures }, 'LINE reachable again');
          this.failures = 0;
          continue;
        }
        this.lastErr = { at: done, reason: outcome.reason };
        if (!outcome.retry) {
          outbox.finish(row.id, 'failed', done, outcome.reason);
          result.failed++;
          log.warn({ kind: row.kind, reason: outcome.reason }, 'LINE refused a message; it will not be retried');
          continue;
        }
        outbox.attempted(row.id, outcome.reason);
        this.failures++;
        const delay = outcome.retryAfterMs ?? this.backoff();
        this.pausedUntil = done + delay;
        result.retryAt = new Date(this.pausedUntil);
        const fields = { reason: outcome.reason, retryInMs: delay, failures: this.failures };
        if (this.failures === 1 || outcome.status === 401 || outcome.status === 403)
          log.warn(fields, 'LINE push failed; backing off');
        else log.debug(fields, 'LINE push failed again; backing off');
        return result;
      }
    }
    return result;
  }
}
