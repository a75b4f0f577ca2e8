// SQL for line_links: which LINE user follows which ticket. The only table where a LINE user id
// meets a ticket, so it is what the retention purge empties.
import type { Db } from '../db/open.js';
import type { TicketRow } from '../tickets/ticket-repo.js';

export class LinksRepo {
  private readonly linkStmt;
  private readonly usersStmt;
  private readonly isLinkedStmt;
  private readonly unlinkUserStmt;
  private readonly markAheadStmt;
  private readonly aheadDueStmt;
  private readonly purgeStmt;
  private readonly countUsersStmt;

  constructor(db: Db) {
    this.linkStmt = db.prepare<[number, string, number]>(
      'INSERT OR IGNORE INTO line_links (ticket_id, line_user_id, linked_at) VALUES (?, ?, ?)',
    );
    this.usersStmt = db.prepare<[number], { line_user_id: string }>(
      'SELECT line_user_id FROM line_links WHERE ticket_id = ? ORDER BY linked_at, line_user_id',
    );
    this.isLinkedStmt = db.prepare<[number, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM line_links WHERE ticket_id = ? AND line_user_id = ?',
    );
    this.unlinkUserStmt = db.prepare<[string]>('DELETE FROM line_links WHERE line_user_id = ?');
    this.markAheadStmt = db.prepare<[number]>(
      'UPDATE line_links SET ahead_alerted = 1 WHERE ticket_id = ? AND ahead_alerted = 0',
    );
    this.aheadDueStmt = db.prepare<[], TicketRow>(
      `SELECT t.* FROM tickets t WHERE t.status IN ('waiting', 'transferred')
         AND t.id IN (SELECT ticket_id FROM line_links WHERE ahead_alerted = 0)`,
    );
    this.purgeStmt = db.prepare<[number]>('DELETE FROM line_links WHERE linked_at < ?');
    this.countUsersStmt = db.prepare<[], { n: number }>('SELECT COUNT(DISTINCT line_user_id) AS n FROM line_links');
  }

  /** Links a user to a ticket; false when they were already linked. */
  link(ticketId: number, lineUserId: string, now: number): boolean {
    return this.linkStmt.run(ticketId, lineUserId, now).changes > 0;
  }

  usersFor(ticketId: number): string[] {
    return this.usersStmt.all(ticketId).map((r) => r.line_user_id);
  }

  isLinked(ticketId: number, lineUserId: string): boolean {
    return this.isLinkedStmt.get(ticketId, lineUserId)!.n > 0;
  }

  /** The user unfollowed the Official Account: forget every ticket they followed. */
  unlinkUser(lineUserId: string): number {
    return this.unlinkUserStmt.run(lineUserId).changes;
  }

  markAheadAlerted(ticketId: number): void {
    this.markAheadStmt.run(ticketId);
  }

  /** Queued tickets someone follows that have not had their "N ahead" alert yet. */
  aheadDue(): TicketRow[] {
    return this.aheadDueStmt.all();
  }

  purgeLinkedBefore(cutoff: number): number {
    return this.purgeStmt.run(cutoff).changes;
  }

  linkedUsers(): number {
    return this.countUsersStmt.get()!.n;
  }
}
