// Who is signed in at each counter. A claim belongs to one login session: it lapses when that
// session ends (logout, expiry) or its user is deactivated, without anyone having to clear it.
import type { CounterStaff } from '@oss/shared';
import type { Db } from '../db/open.js';

interface HolderRow {
  counter_id: number;
  user_id: number;
  display_name: string;
  token_hash: string;
  signed_in_at: number;
  expires_at: number;
}

export interface CounterHolder {
  counterId: number;
  staff: CounterStaff;
  tokenHash: string;
  signedInAt: number;
  /** When the login holding it expires (the claim lapses then). */
  expiresAt: number;
}

const rowToHolder = (r: HolderRow): CounterHolder => ({
  counterId: r.counter_id,
  staff: { id: r.user_id, displayName: r.display_name },
  tokenHash: r.token_hash,
  signedInAt: r.signed_in_at,
  expiresAt: r.expires_at,
});

// Only claims whose login is still alive count.
const VALID = `SELECT cs.counter_id, cs.user_id, u.display_name, cs.token_hash, cs.signed_in_at, s.expires_at
  FROM counter_sessions cs
  JOIN sessions s ON s.token_hash = cs.token_hash
  JOIN users u ON u.id = cs.user_id
  WHERE s.expires_at > @now AND u.active = 1`;

export class CounterSessionRepo {
  private readonly allStmt;
  private readonly byCounterStmt;
  private readonly byTokenStmt;
  private readonly byUserStmt;
  private readonly releaseTokenStmt;
  private readonly releaseCounterStmt;
  private readonly claimStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<{ now: number }, HolderRow>(VALID);
    this.byCounterStmt = db.prepare<{ now: number; id: number }, HolderRow>(`${VALID} AND cs.counter_id = @id`);
    this.byTokenStmt = db.prepare<{ now: number; token: string }, HolderRow>(`${VALID} AND cs.token_hash = @token`);
    this.byUserStmt = db.prepare<{ now: number; id: number }, HolderRow>(`${VALID} AND cs.user_id = @id`);
    this.releaseTokenStmt = db.prepare<[string]>('DELETE FROM counter_sessions WHERE token_hash = ?');
    this.releaseCounterStmt = db.prepare<[number]>('DELETE FROM counter_sessions WHERE counter_id = ?');
    this.claimStmt = db.prepare<[number, number, string, number]>(
      `INSERT INTO counter_sessions (counter_id, user_id, token_hash, signed_in_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (counter_id) DO UPDATE SET user_id = excluded.user_id, token_hash = excluded.token_hash,
         signed_in_at = excluded.signed_in_at`,
    );
  }

  /** The staff signed in at each counter, by counter id. */
  holders(now: number): Map<number, CounterStaff> {
    return new Map(this.allStmt.all({ now }).map((r) => [r.counter_id, { id: r.user_id, displayName: r.display_name }]));
  }

  holder(counterId: number, now: number): CounterHolder | undefined {
    const row = this.byCounterStmt.get({ now, id: counterId });
    return row ? rowToHolder(row) : undefined;
  }

  /** The counter a login session is signed in at. */
  byToken(tokenHash: string, now: number): CounterHolder | undefined {
    const row = this.byTokenStmt.get({ now, token: tokenHash });
    return row ? rowToHolder(row) : undefined;
  }

  byUser(userId: number, now: number): CounterHolder[] {
    return this.byUserStmt.all({ now, id: userId }).map(rowToHolder);
  }

  /** One login holds one counter: a claim elsewhere is given up. Run in a transaction. */
  claim(counterId: number, userId: number, tokenHash: string, now: number): void {
    this.releaseTokenStmt.run(tokenHash);
    this.claimStmt.run(counterId, userId, tokenHash, now);
  }

  release(counterId: number): void {
    this.releaseCounterStmt.run(counterId);
  }

  releaseToken(tokenHash: string): void {
    this.releaseTokenStmt.run(tokenHash);
  }
}
