// The audit log: who changed what, when, with the record before and after. Callers pass records
// already stripped of secrets (password hashes, tokens, LINE and mail credentials).
import type { AuditEntity, AuditEntry, AuditQuery, AuditResponse } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';

interface AuditRow {
  id: number;
  at: number;
  user_id: number | null;
  display_name: string | null;
  entity: AuditEntity;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
}

/** A JSON-able record; undefined fields are dropped by JSON.stringify. */
type AuditRecord = object;

export interface NewAuditEntry {
  /** Defaults to the clock's now. */
  at?: number;
  userId: number | null;
  entity: AuditEntity;
  entityId: number | string | null;
  action: string;
  before?: AuditRecord | null;
  after?: AuditRecord | null;
}

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

function rowToEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    user: r.user_id === null ? null : { id: r.user_id, displayName: r.display_name ?? `#${r.user_id}` },
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: parse(r.before),
    after: parse(r.after),
  };
}

const SELECT = `SELECT a.*, u.display_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id`;

export class AuditRepo {
  private readonly insertStmt;
  private readonly pageStmt;
  private readonly pageByEntityStmt;

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.insertStmt = db.prepare(
      `INSERT INTO audit_log (at, user_id, entity, entity_id, action, before, after)
       VALUES (@at, @userId, @entity, @entityId, @action, @before, @after)`,
    );
    // Keyset paging on the id: stable while new entries arrive.
    this.pageStmt = db.prepare<[number, number], AuditRow>(`${SELECT} WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`);
    this.pageByEntityStmt = db.prepare<[number, string, number], AuditRow>(
      `${SELECT} WHERE a.id < ? AND a.entity = ? ORDER BY a.id DESC LIMIT ?`,
    );
  }

  record(e: NewAuditEntry): void {
    this.insertStmt.run({
      at: e.at ?? this.clock.now().getTime(),
      userId: e.userId,
      entity: e.entity,
      entityId: e.entityId === null ? null : String(e.entityId),
      action: e.action,
      before: e.before ? JSON.stringify(e.before) : null,
      after: e.after ? JSON.stringify(e.after) : null,
    });
  }

  /** Newest first; `nextBefore` is the cursor for the next (older) page, null on the last. */
  page(q: AuditQuery): AuditResponse {
    const before = q.before ?? Number.MAX_SAFE_INTEGER;
    // One more than asked tells whether another page follows.
    const rows = q.entity ? this.pageByEntityStmt.all(before, q.entity, q.limit + 1) : this.pageStmt.all(before, q.limit + 1);
    const entries = rows.slice(0, q.limit).map(rowToEntry);
    return { entries, nextBefore: rows.length > q.limit ? entries[entries.length - 1]!.id : null };
  }
}
