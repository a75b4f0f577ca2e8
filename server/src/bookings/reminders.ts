// Booking reminders: a timer on the injected clock finds booked slots starting within the next
// 30 minutes that have had no reminder and queues booking.reminder in the LINE outbox. A booking
// cancelled or checked in before then gets none.
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import type { BookingLine } from './booking-line.js';
import type { BookingRepo } from './booking-repo.js';

const REMINDER_BEFORE_MS = 30 * 60_000;
const CHECK_EVERY_MS = 60_000;

export interface RemindersDeps {
  db: Db;
  bookings: BookingRepo;
  line: BookingLine;
  clock: Clock;
  enabled: boolean;
  onError: (err: unknown) => void;
}

export class BookingReminders {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: RemindersDeps) {}

  /** Queues the reminders now due; returns how many bookings got one. */
  check(): number {
    const { db, bookings, line, clock, enabled } = this.deps;
    // With LINE off nothing is marked, so turning LINE on later still reminds later bookings.
    if (!enabled) return 0;
    const now = clock.now().getTime();
    return db
      .transaction(() => {
        const due = bookings.reminderDue(now, now + REMINDER_BEFORE_MS);
        for (const b of due) {
          line.reminder(b, now);
          bookings.markReminderQueued(b.id);
        }
        return due.length;
      })
      .immediate();
  }

  start(): void {
    if (this.timer || !this.deps.enabled) return;
    this.timer = setInterval(() => {
      try {
        this.check();
      } catch (err) {
        this.deps.onError(err);
      }
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
