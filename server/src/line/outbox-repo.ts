// SQL for line_outbox: pushes waiting for the relay. Rows are written inside the queue change's
// transaction (see alerts.ts) and finished one by one by the relay.
import { randomUUID } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import type { Db } from '../db/open.js';
import { MESSAGE_TTL_MS, type MessageKind } from './kinds.js';

export type OutboxStatus = 'pending' | 'sent' | 'expired' | 'failed' | 'dropped';

export interface OutboxRow {
  id: number;
  retry_key: string;
  line_user_id: string;
  ticket_id: number | null;
  kind: MessageKind;
  messages: string;
  status: OutboxStatus;
  attempts: number;
  created_at: number;
  not_before: number;
  expires_at: number;
  done_at: number | null;
  last_error: string | null;
}

export interface NewOutboxMessage {
  lineUserId: string;
  ticketId: number | null;
  kind: MessageKind;
  messages: messagingApi.Message[];
  now: number;
  /** Defaults to now: send as soon as possible. */
  notBefore?: number;
  /** Defaults to notBefore + the kind's TTL. */
  expiresAt?: number;
}

export type OutboxCounts = Record<OutboxStatus, number>;

export class OutboxRepo {
  private readonly insertStmt;
  private readonly dueStmt;
  private readonly finishStmt;
  private readonly attemptStmt;
  private readonly dropUserStmt;
  private readonly countsStmt;
  private readonly lastSentStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO line_outbox (retry_key, line_user_id, ticket_id, kind, messages, created_at, not_before, expires_at)
       VALUES (@retry_key, @line_user_id, @ticket_id, @kind, @messages, @created_at, @not_before, @expires_at)`,
    );
    // In id order: a citizen's alerts arrive in the order the changes happened.
    this.dueStmt = db.prepare<[number, number], OutboxRow>(
      `SELECT * FROM line_outbox WHERE status = 'pending' AND not_before <= ? ORDER BY id LIMIT ?`,
    );
    this.finishStmt = db.prepare<[OutboxStatus, number, string | null, number]>(
      `UPDATE line_outbox SET status = ?, done_at = ?, last_error = COALESCE(?, last_error) WHERE id = ? AND status = 'pending'`,
    );
    this.attemptStmt = db.prepare<[string, number]>(
      'UPDATE line_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?',
    );
    this.dropUserStmt = db.prepare<[number, string]>(
      `UPDATE line_outbox SET status = 'dropped', done_at = ? WHERE line_user_id = ? AND status = 'pending'`,
    );
    this.countsStmt = db.prepare<[], { status: OutboxStatus; n: number }>(
      'SELECT status, COUNT(*) AS n FROM line_outbox GROUP BY status',
    );
    this.lastSentStmt = db.prepare<[], { at: number | null }>(`SELECT MAX(done_at) AS at FROM line_outbox WHERE status = 'sent'`);
    // Pending rows older than the retention are long expired; they go too.
    this.purgeStmt = db.prepare<[number]>('DELETE FROM line_outbox WHERE created_at < ?');
  }

  enqueue(m: NewOutboxMessage): number {
    const notBefore = m.notBefore ?? m.now;
    const row = {
      retry_key: randomUUID(),
      line_user_id: m.lineUserId,
      ticket_id: m.ticketId,
      kind: m.kind,
      messages: JSON.stringify(m.messages),
      created_at: m.now,
      not_before: notBefore,
      expires_at: m.expiresAt ?? notBefore + MESSAGE_TTL_MS[m.kind],
    };
    return Number(this.insertStmt.run(row).lastInsertRowid);
  }

  due(now: number, limit: number): OutboxRow[] {
    return this.dueStmt.all(now, limit);
  }

  finish(id: number, status: Exclude<OutboxStatus, 'pending'>, now: number, reason: string | null = null): void {
    this.finishStmt.run(status, now, reason, id);
  }

  /** A try that will be repeated: count it and keep why (a status or error class only). */
  attempted(id: number, reason: string): void {
    this.attemptStmt.run(reason, id);
  }

  /** The user unfollowed: nothing more goes to them. */
  dropForUser(lineUserId: string, now: number): number {
    return this.dropUserStmt.run(now, lineUserId).changes;
  }

  counts(): OutboxCounts {
    const counts: OutboxCounts = { pending: 0, sent: 0, expired: 0, failed: 0, dropped: 0 };
    for (const r of this.countsStmt.all()) counts[r.status] = r.n;
    return counts;
  }

  lastSentAt(): number | null {
    return this.lastSentStmt.get()?.at ?? null;
  }

  purgeCreatedBefore(cutoff: number): number {
    return this.purgeStmt.run(cutoff).changes;
  }
}
