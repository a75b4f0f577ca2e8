// SQL for Idempotency-Key: a kiosk that retries an issue gets the ticket it already has, not a
// second one. Keys are kept for a day.
import type { Db } from '../db/open.js';

export class IdempotencyKeys {
  private readonly getStmt;
  private readonly putStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { ticket_id: number; service_id: number }>(
      'SELECT ticket_id, service_id FROM idempotency_keys WHERE key = ?',
    );
    this.putStmt = db.prepare<[string, number, number, number]>(
      'INSERT INTO idempotency_keys (key, ticket_id, service_id, created_at) VALUES (?, ?, ?, ?)',
    );
    this.purgeStmt = db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at < ?');
  }

  get(key: string): { ticket_id: number; service_id: number } | undefined {
    return this.getStmt.get(key);
  }

  put(key: string, ticketId: number, serviceId: number, at: number): void {
    this.putStmt.run(key, ticketId, serviceId, at);
  }

  purgeBefore(at: number): void {
    this.purgeStmt.run(at);
  }
}
