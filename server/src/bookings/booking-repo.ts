// SQL for bookings: a citizen's slot for a submitted request, checked in at the kiosk by its code.
import type { BookingStatus } from '@oss/shared';
import type { Db } from '../db/open.js';

export interface BookingRow {
  id: number;
  code: string;
  request_id: number;
  citizen_id: number;
  service_id: number;
  slot_at: number;
  business_day: string;
  status: BookingStatus;
  created_at: number;
  checked_in_at: number | null;
  cancelled_at: number | null;
  ticket_id: number | null;
  reminder_queued: number;
}

export type NewBooking = Pick<
  BookingRow,
  'code' | 'request_id' | 'citizen_id' | 'service_id' | 'slot_at' | 'business_day' | 'created_at'
>;

export class BookingRepo {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly liveForRequestStmt;
  private readonly latestForRequestStmt;
  private readonly countsStmt;
  private readonly countAtStmt;
  private readonly liveCountStmt;
  private readonly cancelStmt;
  private readonly checkInStmt;
  private readonly reminderDueStmt;
  private readonly reminderQueuedStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[NewBooking], BookingRow>(
      `INSERT INTO bookings (code, request_id, citizen_id, service_id, slot_at, business_day, created_at)
       VALUES (@code, @request_id, @citizen_id, @service_id, @slot_at, @business_day, @created_at) RETURNING *`,
    );
    this.byIdStmt = db.prepare<[number], BookingRow>('SELECT * FROM bookings WHERE id = ?');
    this.byCodeStmt = db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE code = ?');
    this.liveForRequestStmt = db.prepare<[number], BookingRow>(
      `SELECT * FROM bookings WHERE request_id = ? AND status != 'cancelled' ORDER BY id DESC LIMIT 1`,
    );
    this.latestForRequestStmt = db.prepare<[number], BookingRow>(
      'SELECT * FROM bookings WHERE request_id = ? ORDER BY id DESC LIMIT 1',
    );
    this.countsStmt = db.prepare<[number, number, number], { slot_at: number; n: number }>(
      `SELECT slot_at, COUNT(*) AS n FROM bookings
       WHERE service_id = ? AND status != 'cancelled' AND slot_at >= ? AND slot_at < ? GROUP BY slot_at`,
    );
    this.countAtStmt = db.prepare<[number, number], { n: number }>(
      `SELECT COUNT(*) AS n FROM bookings WHERE service_id = ? AND slot_at = ? AND status != 'cancelled'`,
    );
    // Booked for today or later: what a citizen holds of the office's time.
    this.liveCountStmt = db.prepare<[number, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM bookings WHERE citizen_id = ? AND status = 'booked' AND business_day >= ?`,
    );
    this.cancelStmt = db.prepare<[number, number]>(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'booked'`,
    );
    this.checkInStmt = db.prepare<[number, number, number]>(
      `UPDATE bookings SET status = 'checked-in', checked_in_at = ?, ticket_id = ? WHERE id = ? AND status = 'booked'`,
    );
    this.reminderDueStmt = db.prepare<[number, number], BookingRow>(
      `SELECT * FROM bookings WHERE status = 'booked' AND reminder_queued = 0 AND slot_at <= ? AND slot_at > ? ORDER BY slot_at`,
    );
    this.reminderQueuedStmt = db.prepare<[number]>('UPDATE bookings SET reminder_queued = 1 WHERE id = ?');
  }

  insert(b: NewBooking): BookingRow {
    return this.insertStmt.get(b)!;
  }

  /** The citizen's bookings not yet used nor cancelled, for `today` or later. */
  liveCount(citizenId: number, today: string): number {
    return this.liveCountStmt.get(citizenId, today)!.n;
  }

  byId(id: number): BookingRow | undefined {
    return this.byIdStmt.get(id);
  }

  byCode(code: string): BookingRow | undefined {
    return this.byCodeStmt.get(code);
  }

  /** The request's booking that is not cancelled, if any. */
  liveForRequest(requestId: number): BookingRow | undefined {
    return this.liveForRequestStmt.get(requestId);
  }

  latestForRequest(requestId: number): BookingRow | undefined {
    return this.latestForRequestStmt.get(requestId);
  }

  /** Bookings per slot time of a service in [from, to). */
  countsBetween(serviceId: number, from: number, to: number): Map<number, number> {
    return new Map(this.countsStmt.all(serviceId, from, to).map((r) => [r.slot_at, r.n]));
  }

  countAt(serviceId: number, slotAt: number): number {
    return this.countAtStmt.get(serviceId, slotAt)!.n;
  }

  cancel(id: number, now: number): boolean {
    return this.cancelStmt.run(now, id).changes > 0;
  }

  checkIn(id: number, ticketId: number, now: number): boolean {
    return this.checkInStmt.run(now, ticketId, id).changes > 0;
  }

  /** Booked slots starting within (now, until] that have had no reminder. */
  reminderDue(now: number, until: number): BookingRow[] {
    return this.reminderDueStmt.all(until, now);
  }

  markReminderQueued(id: number): void {
    this.reminderQueuedStmt.run(id);
  }
}
