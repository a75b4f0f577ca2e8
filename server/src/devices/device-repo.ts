// SQL for kiosks and displays. Pairing codes and device tokens are stored only as SHA-256 hashes.
import type { DeviceKind } from '@oss/shared';
import type { Db } from '../db/open.js';

interface DeviceRow {
  id: number;
  name: string;
  kind: DeviceKind;
  settings: string;
  pairing_code_hash: string | null;
  pairing_expires_at: number | null;
  token_hash: string | null;
  created_at: number;
  paired_at: number | null;
  last_seen_at: number | null;
}

export interface DeviceRecord {
  id: number;
  name: string;
  kind: DeviceKind;
  /** Validated against the kind's schema when written. */
  settings: unknown;
  paired: boolean;
  pairingExpiresAt: number | null;
  createdAt: number;
  pairedAt: number | null;
  lastSeenAt: number | null;
}

const rowToDevice = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  settings: JSON.parse(r.settings) as unknown,
  paired: r.token_hash !== null,
  pairingExpiresAt: r.pairing_code_hash === null ? null : r.pairing_expires_at,
  createdAt: r.created_at,
  pairedAt: r.paired_at,
  lastSeenAt: r.last_seen_at,
});

export class DeviceRepo {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly byTokenStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly setCodeStmt;
  private readonly pairStmt;
  private readonly seenStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY kind, name, id');
    this.byIdStmt = db.prepare<[number], DeviceRow>('SELECT * FROM devices WHERE id = ?');
    this.byCodeStmt = db.prepare<[string, number], DeviceRow>(
      'SELECT * FROM devices WHERE pairing_code_hash = ? AND pairing_expires_at > ?',
    );
    this.byTokenStmt = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
    this.insertStmt = db.prepare<{
      name: string;
      kind: DeviceKind;
      settings: string;
      code: string;
      expires: number;
      now: number;
    }>(
      `INSERT INTO devices (name, kind, settings, pairing_code_hash, pairing_expires_at, created_at)
       VALUES (@name, @kind, @settings, @code, @expires, @now)`,
    );
    this.updateStmt = db.prepare<[string, string, number]>('UPDATE devices SET name = ?, settings = ? WHERE id = ?');
    // A new code revokes the token: re-pairing is how a lost or replaced device is shut out.
    this.setCodeStmt = db.prepare<[string, number, number]>(
      'UPDATE devices SET pairing_code_hash = ?, pairing_expires_at = ?, token_hash = NULL, paired_at = NULL WHERE id = ?',
    );
    this.pairStmt = db.prepare<[string, number, number]>(
      `UPDATE devices SET token_hash = ?, paired_at = ?, last_seen_at = paired_at,
         pairing_code_hash = NULL, pairing_expires_at = NULL WHERE id = ?`,
    );
    this.seenStmt = db.prepare<[number, number]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
    this.deleteStmt = db.prepare<[number]>('DELETE FROM devices WHERE id = ?');
  }

  all(): DeviceRecord[] {
    return this.allStmt.all().map(rowToDevice);
  }

  byId(id: number): DeviceRecord | undefined {
    const row = this.byIdStmt.get(id);
    return row ? rowToDevice(row) : undefined;
  }

  /** The device a pairing code belongs to, while the code is valid. */
  byPairingCode(codeHash: string, now: number): DeviceRecord | undefined {
    const row = this.byCodeStmt.get(codeHash, now);
    return row ? rowToDevice(row) : undefined;
  }

  byToken(tokenHash: string): DeviceRecord | undefined {
    const row = this.byTokenStmt.get(tokenHash);
    return row ? rowToDevice(row) : undefined;
  }

  insert(d: { name: string; kind: DeviceKind; settings: unknown; codeHash: string; expiresAt: number; now: number }): number {
    const run = this.insertStmt.run({
      name: d.name,
      kind: d.kind,
      settings: JSON.stringify(d.settings),
      code: d.codeHash,
      expires: d.expiresAt,
      now: d.now,
    });
    return Number(run.lastInsertRowid);
  }

  update(id: number, name: string, settings: unknown): void {
    this.updateStmt.run(name, JSON.stringify(settings), id);
  }

  setPairingCode(id: number, codeHash: string, expiresAt: number): void {
    this.setCodeStmt.run(codeHash, expiresAt, id);
  }

  pair(id: number, tokenHash: string, now: number): void {
    this.pairStmt.run(tokenHash, now, id);
  }

  seen(id: number, now: number): void {
    this.seenStmt.run(now, id);
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
