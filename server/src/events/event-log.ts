// The append-only event log. Its ids are the stream's versions: strictly increasing, persisted.
import type { EventType, QueueEvent } from '@oss/shared';
import type { Db } from '../db/open.js';

interface EventRow {
  id: number;
  type: EventType;
  ticket_id: number | null;
  counter_id: number | null;
  staff_id: number | null;
  at: number;
  business_day: string;
  payload: string;
}

export interface NewEvent {
  type: EventType;
  ticketId: number | null;
  counterId: number | null;
  staffId: number | null;
  at: number;
  businessDay: string;
  payload: Payload;
}

/** What an event's row keeps as JSON. Events written before `services` existed have none. */
type Payload = Pick<QueueEvent, 'ticket' | 'counter' | 'services'>;

function rowToEvent(r: EventRow): QueueEvent {
  const payload = JSON.parse(r.payload) as Payload;
  return {
    version: r.id,
    type: r.type,
    at: new Date(r.at).toISOString(),
    businessDay: r.business_day,
    ticket: payload.ticket,
    ...(payload.counter ? { counter: payload.counter } : {}),
    ...(payload.services ? { services: payload.services } : {}),
  };
}

export class EventLog {
  private readonly insertStmt;
  private readonly sinceStmt;
  private readonly latestStmt;
  private readonly oldestStmt;
  private readonly recentCallsStmt;
  private readonly staffActedStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO events (type, ticket_id, counter_id, staff_id, at, business_day, payload)
       VALUES (@type, @ticketId, @counterId, @staffId, @at, @businessDay, @payload)`,
    );
    this.sinceStmt = db.prepare<[number, number], EventRow>('SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?');
    this.latestStmt = db.prepare<[], { v: number | null }>('SELECT MAX(id) AS v FROM events');
    this.oldestStmt = db.prepare<[], { v: number | null }>('SELECT MIN(id) AS v FROM events');
    this.recentCallsStmt = db.prepare<[string, number], EventRow>(
      `SELECT * FROM events WHERE business_day = ? AND type IN ('ticket.called', 'ticket.recalled') ORDER BY id DESC LIMIT ?`,
    );
    this.staffActedStmt = db.prepare<[number, number, string], { n: number }>(
      'SELECT 1 AS n FROM events WHERE ticket_id = ? AND staff_id = ? AND business_day = ? LIMIT 1',
    );
  }

  append(e: NewEvent): QueueEvent {
    const id = Number(this.insertStmt.run({ ...e, payload: JSON.stringify(e.payload) }).lastInsertRowid);
    return {
      version: id,
      type: e.type,
      at: new Date(e.at).toISOString(),
      businessDay: e.businessDay,
      ticket: e.payload.ticket,
      ...(e.payload.counter ? { counter: e.payload.counter } : {}),
      ...(e.payload.services ? { services: e.payload.services } : {}),
    };
  }

  /** Events after a version, oldest first; at most `limit`. */
  since(version: number, limit: number): QueueEvent[] {
    return this.sinceStmt.all(version, limit).map(rowToEvent);
  }

  latestVersion(): number {
    return this.latestStmt.get()?.v ?? 0;
  }

  oldestVersion(): number {
    return this.oldestStmt.get()?.v ?? 0;
  }

  recentCalls(businessDay: string, limit: number): QueueEvent[] {
    return this.recentCallsStmt.all(businessDay, limit).map(rowToEvent);
  }

  /** Whether this staff member called, served or otherwise moved the ticket on that business day. */
  staffActedOn(ticketId: number, staffId: number, businessDay: string): boolean {
    return this.staffActedStmt.get(ticketId, staffId, businessDay) !== undefined;
  }
}
