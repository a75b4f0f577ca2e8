// SQL for password_resets: single-use, expiring tokens, stored only as SHA-256.
import type { Db } from '../db/open.js';

export class ResetRepo {
  private readonly insertStmt;
  private readonly takeStmt;
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
    this.purgeStmt = db.prepare<[number]>('DELETE FROM password_resets WHERE expires_at <= ?');
  }

  create(tokenHash: string, citizenId: number, now: number, expiresAt: number): void {
    this.insertStmt.run(tokenHash, citizenId, now, expiresAt);
  }

  /** The citizen of a valid, unused, unexpired token, which is used up by this call. */
  take(tokenHash: string, now: number): number | undefined {
    return this.takeStmt.get(now, tokenHash, now)?.citizen_id;
  }

  purgeExpired(now: number): number {
    return this.purgeStmt.run(now).changes;
  }
}
