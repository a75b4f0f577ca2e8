// SQL for citizen_sessions: citizen logins, kept apart from staff sessions. Tokens only as SHA-256.
import type { Db } from '../db/open.js';

export class CitizenSessionRepo {
  private readonly insertStmt;
  private readonly lookupStmt;
  private readonly deleteStmt;
  private readonly deleteForStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[string, number, number, number]>(
      'INSERT INTO citizen_sessions (token_hash, citizen_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.lookupStmt = db.prepare<[string, number], { citizen_id: number }>(
      'SELECT citizen_id FROM citizen_sessions WHERE token_hash = ? AND expires_at > ?',
    );
    this.deleteStmt = db.prepare<[string]>('DELETE FROM citizen_sessions WHERE token_hash = ?');
    this.deleteForStmt = db.prepare<[number]>('DELETE FROM citizen_sessions WHERE citizen_id = ?');
    this.purgeStmt = db.prepare<[number]>('DELETE FROM citizen_sessions WHERE expires_at <= ?');
  }

  create(tokenHash: string, citizenId: number, now: number, expiresAt: number): void {
    this.insertStmt.run(tokenHash, citizenId, now, expiresAt);
  }

  citizenFor(tokenHash: string, now: number): number | undefined {
    return this.lookupStmt.get(tokenHash, now)?.citizen_id;
  }

  delete(tokenHash: string): void {
    this.deleteStmt.run(tokenHash);
  }

  /** After a password reset every login of the account ends. */
  deleteForCitizen(citizenId: number): number {
    return this.deleteForStmt.run(citizenId).changes;
  }

  purgeExpired(now: number): number {
    return this.purgeStmt.run(now).changes;
  }
}
