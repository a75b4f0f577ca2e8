// SQL for tickets: typed rows, bound parameters, nothing else.
import { APPOINTMENT_GRACE_MS, isQueued, laneOf, type Channel, type Priority, type TicketStatus } from '@oss/shared';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.js';

export interface TicketRow {
  id: number;
  business_day: string;
  issued_service_id: number;
  service_id: number;
  seq: number;
  number: string;
  status: TicketStatus;
  priority: Priority;
  channel: Channel;
  tracking_code: string;
  issued_at: number;
  queued_at: number;
  appointment_at: number | null;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  counter_id: number | null;
  staff_id: number | null;
  recalls: number;
  note: string | null;
}

export type NewTicket = Pick<
  TicketRow,
  'business_day' | 'service_id' | 'seq' | 'number' | 'priority' | 'channel' | 'tracking_code' | 'issued_at' | 'appointment_at'
>;

export type TicketChange = Partial<
  Pick<
    TicketRow,
    | 'status'
    | 'service_id'
    | 'queued_at'
    | 'called_at'
    | 'started_at'
    | 'finished_at'
    | 'counter_id'
    | 'staff_id'
    | 'recalls'
    | 'note'
  >
>;

/**
 * The queue lane in SQL, as queueLane() in shared: 0 priority, 1 appointment on time, 2 others.
 * Migration 005 indexes this very expression (tickets_queued_lane); change both or neither.
 */
export const LANE_SQL = `(CASE WHEN priority <> 'none' THEN 0
    WHEN appointment_at IS NOT NULL AND issued_at <= appointment_at + ${APPOINTMENT_GRACE_MS} THEN 1
    ELSE 2 END)`;

/** Where a ticket stands in its service's queue: the key of the queue order (lane, queued_at, id). */
export interface QueueHead {
  id: number;
  lane: number;
  queued_at: number;
}

/** Queue order of two heads, as the SQL's ORDER BY lane, queued_at, id. */
function compareHeads(a: QueueHead, b: QueueHead): number {
  return a.lane - b.lane || a.queued_at - b.queued_at || a.id - b.id;
}

function rowLane(t: TicketRow): number {
  return laneOf(t.priority, t.issued_at, t.appointment_at);
}

const QUEUED = `status IN ('waiting', 'transferred')`;

/** The queue's hot reads, exported so that a test can check SQLite answers them from the lane index. */
/** The last 20 service times of a service today (tickets_done_recent, migration 008, reads just those). */
export const RECENT_DURATIONS_SQL = `SELECT finished_at - started_at AS ms FROM tickets
  WHERE service_id = ? AND business_day = ? AND status = 'done' AND started_at IS NOT NULL
  ORDER BY finished_at DESC LIMIT 20`;

export const QUEUE_SQL = {
  // Two ranges of the index: the lanes before this ticket's, then its lane up to it.
  ahead: `SELECT (SELECT COUNT(*) FROM tickets WHERE service_id = @service_id AND ${QUEUED} AND ${LANE_SQL} < @lane)
    + (SELECT COUNT(*) FROM tickets WHERE service_id = @service_id AND ${QUEUED} AND ${LANE_SQL} = @lane
         AND (queued_at, id) < (@queued_at, @id)) AS n`,
  // Is anyone queued behind this ticket in its lane? One step into the index.
  behind: `SELECT 1 FROM tickets WHERE service_id = @service_id AND ${QUEUED} AND ${LANE_SQL} = @lane
    AND (queued_at, id) > (@queued_at, @id) LIMIT 1`,
  // The head of one service's priority lane, and of its other two lanes: each the first entry of
  // an index range, however long the queue. Only its place in the order: the caller reads the whole
  // row of the one head it calls (a row of twenty columns costs several times a key's read).
  nextPriority: `SELECT id, 0 AS lane, queued_at FROM tickets
    WHERE service_id = ? AND ${QUEUED} AND ${LANE_SQL} = 0 AND business_day = ?
    ORDER BY queued_at, id LIMIT 1`,
  nextNormal: `SELECT id, ${LANE_SQL} AS lane, queued_at FROM tickets
    WHERE service_id = ? AND ${QUEUED} AND ${LANE_SQL} >= 1 AND business_day = ?
    ORDER BY ${LANE_SQL}, queued_at, id LIMIT 1`,
};

export class TicketRepo {
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly nextSeqStmt;
  private readonly insertStmt;
  private readonly countIssuedStmt;
  private readonly aheadStmt;
  private readonly behindStmt;
  private readonly queuedUpToStmt;
  private readonly atCounterStmt;
  private readonly liveStmt;
  private readonly nextPriorityStmt;
  private readonly nextNormalStmt;
  private readonly queuedCountsStmt;
  private readonly recentDurationsStmt;
  private readonly staleStmt;
  private readonly updateStmts = new Map<string, Statement>();

  constructor(private readonly db: Db) {
    this.byIdStmt = db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE id = ?');
    this.byCodeStmt = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE tracking_code = ?');
    this.nextSeqStmt = db.prepare<[number, string], { next: number }>(
      'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM tickets WHERE issued_service_id = ? AND business_day = ?',
    );
    this.insertStmt = db.prepare(
      `INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, priority, channel,
         tracking_code, issued_at, queued_at, appointment_at)
       VALUES (@business_day, @service_id, @service_id, @seq, @number, 'waiting', @priority, @channel,
         @tracking_code, @issued_at, @issued_at, @appointment_at)
       RETURNING *`,
    ) as Statement<[NewTicket], TicketRow>;
    this.countIssuedStmt = db.prepare<[number, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM tickets WHERE issued_service_id = ? AND business_day = ?',
    );
    this.aheadStmt = db.prepare<{ service_id: number; lane: number; queued_at: number; id: number }, { n: number }>(
      QUEUE_SQL.ahead,
    );
    this.behindStmt = db.prepare<{ service_id: number; lane: number; queued_at: number; id: number }, { 1: number }>(
      QUEUE_SQL.behind,
    );
    // queue_counts is kept by triggers (migration 006).
    this.queuedUpToStmt = db.prepare<[number, number], { n: number }>(
      'SELECT COALESCE(SUM(n), 0) AS n FROM queue_counts WHERE service_id = ? AND lane <= ?',
    );
    this.atCounterStmt = db.prepare<[number], TicketRow>(
      `SELECT * FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving')`,
    );
    this.liveStmt = db.prepare<[string], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ?
         AND status IN ('waiting', 'transferred', 'called', 'serving', 'held', 'no-show') ORDER BY id`,
    );
    this.nextPriorityStmt = db.prepare<[number, string], QueueHead>(QUEUE_SQL.nextPriority);
    this.nextNormalStmt = db.prepare<[number, string], QueueHead>(QUEUE_SQL.nextNormal);
    this.queuedCountsStmt = db.prepare<[string], { service_id: number; n: number }>(
      `SELECT service_id, COUNT(*) AS n FROM tickets WHERE business_day = ? AND ${QUEUED} GROUP BY service_id`,
    );
    this.recentDurationsStmt = db.prepare<[number, string], { ms: number }>(RECENT_DURATIONS_SQL);
    this.staleStmt = db.prepare<[string], TicketRow>(
      `SELECT * FROM tickets WHERE business_day < ? AND status IN ('waiting', 'transferred', 'called', 'held') ORDER BY id`,
    );
  }

  byId(id: number): TicketRow | undefined {
    return this.byIdStmt.get(id);
  }

  byTrackingCode(code: string): TicketRow | undefined {
    return this.byCodeStmt.get(code);
  }

  nextSeq(serviceId: number, businessDay: string): number {
    return this.nextSeqStmt.get(serviceId, businessDay)!.next;
  }

  issuedCount(serviceId: number, businessDay: string): number {
    return this.countIssuedStmt.get(serviceId, businessDay)!.n;
  }

  insert(t: NewTicket): TicketRow {
    return this.insertStmt.get(t)!;
  }

  /**
   * Writes a change to a ticket and returns the row as stored now: the row it was given with the
   * change laid over it (no trigger or default touches these columns on update, and a refused
   * value throws), so the row is not read back.
   */
  update(row: TicketRow, change: TicketChange): TicketRow {
    const keys = (Object.keys(change) as Array<keyof TicketChange>).sort();
    if (keys.length === 0) return row;
    const shape = keys.join(',');
    let stmt = this.updateStmts.get(shape);
    if (!stmt) {
      // Column names come from the TicketChange type, never from input; values are bound.
      stmt = this.db.prepare(`UPDATE tickets SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`);
      this.updateStmts.set(shape, stmt);
    }
    if (stmt.run({ ...change, id: row.id }).changes !== 1) throw new Error(`ticket ${row.id} is not in the database`);
    return { ...row, ...change };
  }

  /**
   * How many queued tickets of its service stand before this one (the order of queue positions).
   * The last in its lane (a ticket just issued) takes the lane counts; any other counts the range.
   */
  ahead(t: TicketRow): number {
    const at = { service_id: t.service_id, lane: rowLane(t), queued_at: t.queued_at, id: t.id };
    if (isQueued(t) && this.behindStmt.get(at) === undefined) return this.queuedUpToStmt.get(at.service_id, at.lane)!.n - 1;
    return this.aheadStmt.get(at)!.n;
  }

  atCounter(counterId: number): TicketRow | undefined {
    return this.atCounterStmt.get(counterId);
  }

  live(businessDay: string): TicketRow[] {
    return this.liveStmt.all(businessDay);
  }

  /** The first in queue order among the heads of these services' queues (a counter's): its place only. */
  nextFor(serviceIds: readonly number[], businessDay: string, lane: 'priority' | 'normal'): QueueHead | undefined {
    const stmt = lane === 'priority' ? this.nextPriorityStmt : this.nextNormalStmt;
    let best: QueueHead | undefined;
    for (const serviceId of serviceIds) {
      const head = stmt.get(serviceId, businessDay);
      if (head && (!best || compareHeads(head, best) < 0)) best = head;
    }
    return best;
  }

  /** A service's queued tickets (waiting, transferred), from the counts the triggers keep: no scan. */
  queuedCount(serviceId: number): number {
    return this.queuedUpToStmt.get(serviceId, 2)!.n;
  }

  queuedCounts(businessDay: string): Map<number, number> {
    return new Map(this.queuedCountsStmt.all(businessDay).map((r) => [r.service_id, r.n]));
  }

  recentServiceDurations(serviceId: number, businessDay: string): number[] {
    return this.recentDurationsStmt.all(serviceId, businessDay).map((r) => r.ms);
  }

  /** Unfinished tickets of days before this one, which the day close expires. */
  staleBefore(businessDay: string): TicketRow[] {
    return this.staleStmt.all(businessDay);
  }
}
