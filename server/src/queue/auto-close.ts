// Closes the business day by itself at the office's closing time (admin settings, e.g. 16:30 local):
// what still waits expires and the screens clear. Once per business day, and not at all on a day
// someone already closed with the button. Time comes from the injected clock; the timer only
// decides how often to look.
import { businessDayOf, formatTime } from '@oss/shared';
import type { AuditRepo } from '../admin/audit-repo.js';
import type { Clock } from '../clock.js';
import type { Queue } from './queue.js';

export interface AutoDayCloseDeps {
  queue: Queue;
  clock: Clock;
  timeZone: string;
  audit: AuditRepo;
  /** The closing time HH:MM, read at each look so a new setting applies at once; null = off. */
  closeTime: () => string | null;
  onError: (err: unknown) => void;
}

export const AUTO_CLOSE_CHECK_MS = 30_000;

export class AutoDayClose {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly deps: AutoDayCloseDeps) {}

  /** Closes the day if its closing time has passed and it is still open; returns what it closed. */
  check(): { businessDay: string; expired: number } | null {
    const { queue, clock, timeZone, audit, closeTime } = this.deps;
    const at = closeTime();
    if (at === null) return null;
    const now = clock.now();
    if (formatTime(now, timeZone) < at) return null;
    if (queue.settings.get('day_closed') === businessDayOf(now, timeZone)) return null;
    const result = queue.closeDay(null);
    audit.record({
      at: now.getTime(),
      userId: null,
      entity: 'day',
      entityId: result.businessDay,
      action: 'close',
      after: { ...result, automatic: true, closeTime: at },
    });
    return result;
  }

  start(intervalMs = AUTO_CLOSE_CHECK_MS): void {
    this.stop();
    this.timer = setInterval(() => {
      try {
        this.check();
      } catch (err) {
        this.deps.onError(err);
      }
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
