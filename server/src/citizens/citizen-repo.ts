// SQL for citizens and their consents. A citizen ID appears here only as its keyed hash and last
// four digits, as a claim (not unique) that staff may verify (migration 007).
import type { Db } from '../db/open.js';

interface CitizenRow {
  id: number;
  username: string | null;
  password_hash: string | null;
  line_user_id: string | null;
  name: string;
  /** Migration 004's column, emptied by 007 and unused; the ID is cid_claim. */
  cid_hash: string | null;
  cid_claim: string | null;
  cid_last4: string | null;
  cid_verified_at: number | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  hide_personal: number;
  created_at: number;
}

export interface CitizenRecord {
  id: number;
  username: string | null;
  passwordHash: string | null;
  lineUserId: string | null;
  name: string;
  /** The citizen ID's keyed hash, as claimed (not unique) or as staff set it. */
  cidHash: string | null;
  cidLast4: string | null;
  /** When staff checked the ID against the card; null: self-declared. */
  cidVerifiedAt: number | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  hidePersonal: boolean;
  createdAt: number;
}

export type NewCitizen = Omit<CitizenRecord, 'id' | 'cidVerifiedAt'>;
export type CitizenProfileChange = Partial<
  Pick<CitizenRecord, 'name' | 'phone' | 'email' | 'address' | 'hidePersonal' | 'cidHash' | 'cidLast4' | 'cidVerifiedAt'>
>;

function rowToCitizen(r: CitizenRow): CitizenRecord {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    lineUserId: r.line_user_id,
    name: r.name,
    cidHash: r.cid_claim,
    cidLast4: r.cid_last4,
    cidVerifiedAt: r.cid_verified_at,
    phone: r.phone,
    email: r.email,
    address: r.address,
    hidePersonal: r.hide_personal === 1,
    createdAt: r.created_at,
  };
}

function citizenToRow(c: NewCitizen): Omit<CitizenRow, 'id' | 'cid_hash' | 'cid_verified_at'> {
  return {
    username: c.username,
    password_hash: c.passwordHash,
    line_user_id: c.lineUserId,
    name: c.name,
    cid_claim: c.cidHash,
    cid_last4: c.cidLast4,
    phone: c.phone,
    email: c.email,
    address: c.address,
    hide_personal: c.hidePersonal ? 1 : 0,
    created_at: c.createdAt,
  };
}

const PROFILE_COLUMNS = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  address: 'address',
  hidePersonal: 'hide_personal',
  cidHash: 'cid_claim',
  cidLast4: 'cid_last4',
  cidVerifiedAt: 'cid_verified_at',
} as const satisfies Record<keyof CitizenProfileChange, keyof CitizenRow>;

export class CitizenRepo {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly byUsernameStmt;
  private readonly byLineStmt;
  private readonly byEmailStmt;
  private readonly verifiedCidStmt;
  private readonly passwordStmt;
  private readonly lineStmt;
  private readonly consentStmt;
  private readonly latestConsentStmt;
  private readonly lineUsersStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare<[ReturnType<typeof citizenToRow>]>(
      `INSERT INTO citizens (username, password_hash, line_user_id, name, cid_claim, cid_last4, phone, email, address, hide_personal, created_at)
       VALUES (@username, @password_hash, @line_user_id, @name, @cid_claim, @cid_last4, @phone, @email, @address, @hide_personal, @created_at)`,
    );
    this.byIdStmt = db.prepare<[number], CitizenRow>('SELECT * FROM citizens WHERE id = ?');
    this.byUsernameStmt = db.prepare<[string], CitizenRow>('SELECT * FROM citizens WHERE username = ?');
    this.byLineStmt = db.prepare<[string], CitizenRow>('SELECT * FROM citizens WHERE line_user_id = ?');
    this.byEmailStmt = db.prepare<[string, number], CitizenRow>('SELECT * FROM citizens WHERE email = ? ORDER BY id LIMIT ?');
    this.verifiedCidStmt = db.prepare<[string], { id: number }>(
      'SELECT id FROM citizens WHERE cid_claim = ? AND cid_verified_at IS NOT NULL',
    );
    this.passwordStmt = db.prepare<[string, number]>('UPDATE citizens SET password_hash = ? WHERE id = ?');
    this.lineStmt = db.prepare<[string, number]>('UPDATE citizens SET line_user_id = ? WHERE id = ?');
    this.consentStmt = db.prepare<[number, number, number]>(
      'INSERT INTO citizen_consents (citizen_id, terms_version, accepted_at) VALUES (?, ?, ?)',
    );
    this.latestConsentStmt = db.prepare<[number], { version: number | null }>(
      'SELECT MAX(terms_version) AS version FROM citizen_consents WHERE citizen_id = ?',
    );
    // Who gets the citizen's LINE messages: the LINE Login account, and users who linked one of
    // the citizen's tickets from the chat (those links are purged after the LINE retention).
    this.lineUsersStmt = db.prepare<[number, number], { line_user_id: string }>(
      `SELECT line_user_id FROM citizens WHERE id = ? AND line_user_id IS NOT NULL
       UNION
       SELECT l.line_user_id FROM line_links l JOIN service_requests r ON r.ticket_id = l.ticket_id WHERE r.citizen_id = ?`,
    );
  }

  insert(c: NewCitizen): number {
    return Number(this.insertStmt.run(citizenToRow(c)).lastInsertRowid);
  }

  byId(id: number): CitizenRecord | undefined {
    const row = this.byIdStmt.get(id);
    return row && rowToCitizen(row);
  }

  byUsername(username: string): CitizenRecord | undefined {
    const row = this.byUsernameStmt.get(username);
    return row && rowToCitizen(row);
  }

  byLineUserId(lineUserId: string): CitizenRecord | undefined {
    const row = this.byLineStmt.get(lineUserId);
    return row && rowToCitizen(row);
  }

  byEmail(email: string, limit: number): CitizenRecord[] {
    return this.byEmailStmt.all(email, limit).map(rowToCitizen);
  }

  /** The account whose claim to this ID staff verified, if any (one at most). */
  verifiedHolder(cidHash: string): number | undefined {
    return this.verifiedCidStmt.get(cidHash)?.id;
  }

  update(id: number, change: CitizenProfileChange): void {
    const sets: string[] = [];
    const values: Record<string, string | number | null> = { id };
    for (const [key, column] of Object.entries(PROFILE_COLUMNS) as Array<[keyof CitizenProfileChange, string]>) {
      const value = change[key];
      if (value === undefined) continue;
      sets.push(`${column} = @${column}`);
      values[column] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    }
    if (sets.length > 0) this.db.prepare(`UPDATE citizens SET ${sets.join(', ')} WHERE id = @id`).run(values);
  }

  setPassword(id: number, passwordHash: string): void {
    this.passwordStmt.run(passwordHash, id);
  }

  setLineUserId(id: number, lineUserId: string): void {
    this.lineStmt.run(lineUserId, id);
  }

  addConsent(citizenId: number, termsVersion: number, at: number): void {
    this.consentStmt.run(citizenId, termsVersion, at);
  }

  consentVersion(citizenId: number): number | null {
    return this.latestConsentStmt.get(citizenId)?.version ?? null;
  }

  lineUsers(citizenId: number): string[] {
    return this.lineUsersStmt.all(citizenId, citizenId).map((r) => r.line_user_id);
  }
}
