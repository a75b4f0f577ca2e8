// SQL for tickets: typed rows, bound parameters, nothing else.
import { APPOINTMENT_GRACE_MS, type Channel, type Priority, type TicketStatus } from '@oss/shared';
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

/** The queue lane in SQL, as queueLane() in shared: 0 priority, 1 appointment on time, 2 others. */
function laneSql(t = ''): string {
  const c = (name: string) => (t ? `${t}.${name}` : name);
  return `(CASE WHEN ${c('priority')} <> 'none' THEN 0
    WHEN ${c('appointment_at')} IS NOT NULL AND ${c('issued_at')} <= ${c('appointment_at')} + ${APPOINTMENT_GRACE_MS} THEN 1
    ELSE 2 END)`;
}
const LANE_SQL = laneSql();

const QUEUED = `status IN ('waiting', 'transferred')`;

export class TicketRepo {
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly nextSeqStmt;
  private readonly insertStmt;
  private readonly countIssuedStmt;
  private readonly aheadStmt;
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
         @tracking_code, @issued_at, @issued_at, @appointment_at)`,
    );
    this.countIssuedStmt = db.prepare<[number, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM tickets WHERE issued_service_id = ? AND business_day = ?',
    );
    this.aheadStmt = db.prepare<{ service_id: number; lane: number; queued_at: number; id: number }, { n: number }>(
      `SELECT COUNT(*) AS n FROM tickets WHERE service_id = @service_id AND ${QUEUED}
         AND (${LANE_SQL} < @lane OR (${LANE_SQL} = @lane AND (queued_at < @queued_at OR (queued_at = @queued_at AND id < @id))))`,
    );
    this.atCounterStmt = db.prepare<[number], TicketRow>(
      `SELECT * FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving')`,
    );
    this.liveStmt = db.prepare<[string], TicketRow>(
      `SELECT * FROM tickets WHERE business_day = ?
         AND status IN ('waiting', 'transferred', 'called', 'serving', 'held', 'no-show') ORDER BY id`,
    );
    this.nextPriorityStmt = db.prepare<[number, string], TicketRow>(
      `SELECT t.* FROM tickets t JOIN counter_services cs ON cs.service_id = t.service_id AND cs.counter_id = ?
       WHERE t.business_day = ? AND t.status IN ('waiting', 'transferred') AND t.priority <> 'none'
       ORDER BY t.queued_at, t.id LIMIT 1`,
    );
    this.nextNormalStmt = db.prepare<[number, string], TicketRow>(
      `SELECT t.* FROM tickets t JOIN counter_services cs ON cs.service_id = t.service_id AND cs.counter_id = ?
       WHERE t.business_day = ? AND t.status IN ('waiting', 'transferred') AND t.priority = 'none'
       ORDER BY ${laneSql('t')}, t.queued_at, t.id LIMIT 1`,
    );
    this.queuedCountsStmt = db.prepare<[string], { service_id: number; n: number }>(
      `SELECT service_id, COUNT(*) AS n FROM tickets WHERE business_day = ? AND ${QUEUED} GROUP BY service_id`,
    );
    this.recentDurationsStmt = db.prepare<[number, string], { ms: number }>(
      `SELECT finished_at - started_at AS ms FROM tickets
       WHERE service_id = ? AND business_day = ? AND status = 'done' AND started_at IS NOT NULL
       ORDER BY finished_at DESC LIMIT 20`,
    );
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
    const id = Number(this.insertStmt.run(t).lastInsertRowid);
    return this.byId(id)!;
  }

  update(id: number, change: TicketChange): TicketRow {
    const keys = (Object.keys(change) as Array<keyof TicketChange>).sort();
    if (keys.length > 0) {
      const shape = keys.join(',');
      let stmt = this.updateStmts.get(shape);
      if (!stmt) {
        // Column names come from the TicketChange type, never from input; values are bound.
        stmt = this.db.prepare(`UPDATE tickets SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`);
        this.updateStmts.set(shape, stmt);
      }
      stmt.run({ ...change, id });
    }
    return this.byId(id)!;
  }

  /** How many queued tickets of its service stand before this one. */
  ahead(t: TicketRow, lane: number): number {
    return this.aheadStmt.get({ service_id: t.service_id, lane, queued_at: t.queued_at, id: t.id })!.n;
  }

  atCounter(counterId: number): TicketRow | undefined {
    return this.atCounterStmt.get(counterId);
  }

  live(businessDay: string): TicketRow[] {
    return this.liveStmt.all(businessDay);
  }

  nextFor(counterId: number, businessDay: string, lane: 'priority' | 'normal'): TicketRow | undefined {
    return (lane === 'priority' ? this.nextPriorityStmt : this.nextNormalStmt).get(counterId, businessDay);
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
