// SQL for reports: tickets, the event log and ratings of a range of business days. Rows are
// streamed (iterate) so a year of tickets is folded without holding it all at once.
import type { TicketStatus } from '@oss/shared';
import type { Db } from '../db/open.js';

export interface ReportTicketRow {
  business_day: string;
  issued_service_id: number;
  service_id: number;
  status: TicketStatus;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  /** The first ticket.called event: a recall or a second call after a return does not count. */
  first_called_at: number | null;
}

export interface ReportStaffRow {
  staff_id: number;
  display_name: string;
  type: 'ticket.called' | 'ticket.completed' | 'ticket.no-show' | 'ticket.transferred';
  /** The ticket's times, for completions only. */
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
}

export interface ReportRatingRow {
  score: number;
  comment: string | null;
  created_at: number;
  number: string;
  service_id: number;
  business_day: string;
}

const STAFF_TYPES = `('ticket.called', 'ticket.completed', 'ticket.no-show', 'ticket.transferred')`;

export class ReportRepo {
  private readonly ticketsStmt;
  private readonly staffStmt;
  private readonly ratingsStmt;
  private readonly myEventsStmt;

  constructor(db: Db) {
    this.ticketsStmt = db.prepare<[string, string], ReportTicketRow>(
      `SELECT t.business_day, t.issued_service_id, t.service_id, t.status, t.issued_at, t.called_at, t.started_at,
         t.finished_at, (SELECT MIN(e.at) FROM events e WHERE e.ticket_id = t.id AND e.type = 'ticket.called') AS first_called_at
       FROM tickets t WHERE t.business_day BETWEEN ? AND ?`,
    );
    this.staffStmt = db.prepare<[string, string], ReportStaffRow>(
      `SELECT e.staff_id, u.display_name, e.type, t.called_at, t.started_at, t.finished_at
       FROM events e JOIN users u ON u.id = e.staff_id
       LEFT JOIN tickets t ON t.id = e.ticket_id AND e.type = 'ticket.completed'
       WHERE e.business_day BETWEEN ? AND ? AND e.type IN ${STAFF_TYPES}`,
    );
    this.ratingsStmt = db.prepare<[string, string], ReportRatingRow>(
      `SELECT r.score, r.comment, r.created_at, t.number, t.service_id, t.business_day
       FROM ratings r JOIN tickets t ON t.id = r.ticket_id
       WHERE t.business_day BETWEEN ? AND ? ORDER BY r.created_at DESC, r.ticket_id DESC`,
    );
    this.myEventsStmt = db.prepare<[number, string], ReportStaffRow>(
      `SELECT e.staff_id, u.display_name, e.type, t.called_at, t.started_at, t.finished_at
       FROM events e JOIN users u ON u.id = e.staff_id
       LEFT JOIN tickets t ON t.id = e.ticket_id AND e.type = 'ticket.completed'
       WHERE e.staff_id = ? AND e.business_day = ? AND e.type IN ${STAFF_TYPES}`,
    );
  }

  tickets(from: string, to: string): IterableIterator<ReportTicketRow> {
    return this.ticketsStmt.iterate(from, to);
  }

  staffEvents(from: string, to: string): IterableIterator<ReportStaffRow> {
    return this.staffStmt.iterate(from, to);
  }

  ratings(from: string, to: string): ReportRatingRow[] {
    return this.ratingsStmt.all(from, to);
  }

  /** One user's calls, completions, no-shows and transfers on one business day. */
  eventsOf(staffId: number, businessDay: string): ReportStaffRow[] {
    return this.myEventsStmt.all(staffId, businessDay);
  }
}
