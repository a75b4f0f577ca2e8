// SQL for password_resets: single-use, expiring tokens, stored only as SHA-256. Using one ends
// every other link of the account, so an older mail cannot undo the new password.
import type { Db } from '../db/open.js';

export class ResetRepo {
  private readonly insertStmt;
  private readonly takeStmt;
  private readonly peekStmt;
  private readonly endAllStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[string, number, number, number]>(
      'INSERT INTO password_resets (token_hash, citizen_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    // Marks the token used and answers its citizen in one statement: a second use finds nothing.
    this.takeStmt = db.prepare<[number, string, number], { citizen_id: number }>(
      `UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
       RETURNING citizen_id`,
    );
    this.peekStmt = db.prepare<[string, number], { citizen_id: number }>(
      'SELECT citizen_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
    );
    this.endAllStmt = db.prepare<[number, number]>(
      'UPDATE password_resets SET used_at = ? WHERE citizen_id = ? AND used_at IS NULL',
    );
    this.purgeStmt = db.prepare<[number]>('DELETE FROM password_resets WHERE expires_at <= ?');
  }

  create(tokenHash: string, citizenId: number, now: number, expiresAt: number): void {
    this.insertStmt.run(tokenHash, citizenId, now, expiresAt);
  }

  /** The citizen of a valid, unused, unexpired token, which is used up by this call. */
  take(tokenHash: string, now: number): number | undefined {
    return this.takeStmt.get(now, tokenHash, now)?.citizen_id;
  }

  /** The citizen of a valid, unused, unexpired token, which stays as it is. */
  peek(tokenHash: string, now: number): number | undefined {
    return this.peekStmt.get(tokenHash, now)?.citizen_id;
  }

  /** Marks every unused link of the citizen used. */
  endAll(citizenId: number, now: number): void {
    this.endAllStmt.run(now, citizenId);
  }

  purgeExpired(now: number): number {
    return this.purgeStmt.run(now).changes;
  }
}
