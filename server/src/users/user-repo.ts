import type { StaffRole, User } from '@oss/shared';
import type { Db } from '../db/open.js';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: StaffRole;
  password_hash: string;
  active: number;
  created_at: number;
}

export interface UserRecord extends User {
  passwordHash: string;
  active: boolean;
  createdAt: number;
}

function rowToUser(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    passwordHash: r.password_hash,
    active: r.active === 1,
    createdAt: r.created_at,
  };
}

export function publicUser(u: UserRecord): User {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role };
}

export class UserRepo {
  private readonly byNameStmt;
  private readonly insertStmt;
  private readonly countStmt;
  private readonly insertSessionStmt;
  private readonly sessionUserStmt;
  private readonly deleteSessionStmt;
  private readonly purgeSessionsStmt;
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly updateStmt;
  private readonly setPasswordStmt;
  private readonly activeAdminsStmt;
  private readonly endSessionsStmt;

  constructor(db: Db) {
    this.byNameStmt = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO users (username, display_name, role, password_hash, created_at)
       VALUES (@username, @displayName, @role, @passwordHash, @createdAt)`,
    );
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
    this.insertSessionStmt = db.prepare<[string, number, number, number]>(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.sessionUserStmt = db.prepare<[string, number], UserRow & { session_expires_at: number }>(
      `SELECT u.*, s.expires_at AS session_expires_at FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`,
    );
    this.deleteSessionStmt = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
    this.purgeSessionsStmt = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');
    this.allStmt = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY active DESC, username');
    this.byIdStmt = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
    this.updateStmt = db.prepare<{ id: number; display_name: string; role: StaffRole; active: number }>(
      'UPDATE users SET display_name = @display_name, role = @role, active = @active WHERE id = @id',
    );
    this.setPasswordStmt = db.prepare<[string, number]>('UPDATE users SET password_hash = ? WHERE id = ?');
    this.activeAdminsStmt = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1");
    this.endSessionsStmt = db.prepare<[number, string]>('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?');
  }

  byUsername(username: string): UserRecord | undefined {
    const row = this.byNameStmt.get(username);
    return row ? rowToUser(row) : undefined;
  }

  insert(u: { username: string; displayName: string; role: StaffRole; passwordHash: string; createdAt: number }): number {
    return Number(this.insertStmt.run(u).lastInsertRowid);
  }

  count(): number {
    return this.countStmt.get()!.n;
  }

  createSession(tokenHash: string, userId: number, now: number, expiresAt: number): void {
    this.purgeSessionsStmt.run(now);
    this.insertSessionStmt.run(tokenHash, userId, now, expiresAt);
  }

  userForSession(tokenHash: string, now: number): UserRecord | undefined {
    return this.sessionFor(tokenHash, now)?.user;
  }

  /** A live session's user and when the session expires. */
  sessionFor(tokenHash: string, now: number): { user: UserRecord; expiresAt: number } | undefined {
    const row = this.sessionUserStmt.get(tokenHash, now);
    return row ? { user: rowToUser(row), expiresAt: row.session_expires_at } : undefined;
  }

  deleteSession(tokenHash: string): void {
    this.deleteSessionStmt.run(tokenHash);
  }

  all(): UserRecord[] {
    return this.allStmt.all().map(rowToUser);
  }

  byId(id: number): UserRecord | undefined {
    const row = this.byIdStmt.get(id);
    return row ? rowToUser(row) : undefined;
  }

  update(id: number, u: Pick<UserRecord, 'displayName' | 'role' | 'active'>): void {
    this.updateStmt.run({ id, display_name: u.displayName, role: u.role, active: u.active ? 1 : 0 });
  }

  setPassword(id: number, passwordHash: string): void {
    this.setPasswordStmt.run(passwordHash, id);
  }

  activeAdminCount(): number {
    return this.activeAdminsStmt.get()!.n;
  }

  /** Logs a user out everywhere, except the session given (an admin changing their own password). */
  endSessions(userId: number, exceptTokenHash = ''): void {
    this.endSessionsStmt.run(userId, exceptTokenHash);
  }
}
