// SQL for service_requests: what a citizen asked for, and the ticket it led to.
import type { ContactPreference, RequestStatus } from '@oss/shared';
import type { Db } from '../db/open.js';

export interface RequestRow {
  id: number;
  citizen_id: number;
  service_id: number;
  subject: string;
  details: string;
  contact: ContactPreference;
  status: RequestStatus;
  created_at: number;
  submitted_at: number | null;
  ticket_id: number | null;
}

export type NewRequest = Pick<RequestRow, 'citizen_id' | 'service_id' | 'subject' | 'details' | 'contact' | 'created_at'>;

export class RequestRepo {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly forCitizenStmt;
  private readonly byTicketStmt;
  private readonly statusStmt;
  private readonly ticketStmt;
  private readonly draftsStmt;
  private readonly sameDayTicketsStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[NewRequest], RequestRow>(
      `INSERT INTO service_requests (citizen_id, service_id, subject, details, contact, created_at)
       VALUES (@citizen_id, @service_id, @subject, @details, @contact, @created_at) RETURNING *`,
    );
    this.byIdStmt = db.prepare<[number], RequestRow>('SELECT * FROM service_requests WHERE id = ?');
    this.forCitizenStmt = db.prepare<[number, number], RequestRow>(
      'SELECT * FROM service_requests WHERE citizen_id = ? ORDER BY id DESC LIMIT ?',
    );
    this.byTicketStmt = db.prepare<[number], RequestRow>('SELECT * FROM service_requests WHERE ticket_id = ?');
    this.statusStmt = db.prepare<[RequestStatus, number | null, number]>(
      'UPDATE service_requests SET status = ?, submitted_at = COALESCE(submitted_at, ?) WHERE id = ?',
    );
    this.ticketStmt = db.prepare<[number, number]>('UPDATE service_requests SET ticket_id = ? WHERE id = ?');
    this.sameDayTicketsStmt = db.prepare<[number, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM service_requests r JOIN tickets t ON t.id = r.ticket_id
       WHERE r.citizen_id = ? AND t.business_day = ? AND t.appointment_at IS NULL`,
    );
    this.draftsStmt = db.prepare<[number], { n: number }>(
      "SELECT COUNT(*) AS n FROM service_requests WHERE citizen_id = ? AND status = 'draft'",
    );
  }

  /** Tickets taken today for the citizen's requests without a booking (check-ins have appointment_at), cancelled ones too. */
  sameDayTicketCount(citizenId: number, businessDay: string): number {
    return this.sameDayTicketsStmt.get(citizenId, businessDay)!.n;
  }

  insert(r: NewRequest): RequestRow {
    return this.insertStmt.get(r)!;
  }

  byId(id: number): RequestRow | undefined {
    return this.byIdStmt.get(id);
  }

  forCitizen(citizenId: number, limit: number): RequestRow[] {
    return this.forCitizenStmt.all(citizenId, limit);
  }

  byTicket(ticketId: number): RequestRow | undefined {
    return this.byTicketStmt.get(ticketId);
  }

  /** `submittedAt` is kept from the first submit. */
  setStatus(id: number, status: RequestStatus, submittedAt: number | null = null): void {
    this.statusStmt.run(status, submittedAt, id);
  }

  setTicket(id: number, ticketId: number): void {
    this.ticketStmt.run(ticketId, id);
  }

  draftCount(citizenId: number): number {
    return this.draftsStmt.get(citizenId)!.n;
  }
}
