// SQL for line_webhook_events: the webhookEventIds already handled, so a redelivery is dropped.
import type { Db } from '../db/open.js';

export class SeenEventsRepo {
  private readonly insertStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO line_webhook_events (webhook_event_id, received_at) VALUES (?, ?)',
    );
    this.purgeStmt = db.prepare<[number]>('DELETE FROM line_webhook_events WHERE received_at < ?');
  }

  /** Records the id; true only the first time it is seen. */
  firstSeen(webhookEventId: string, now: number): boolean {
    return this.insertStmt.run(webhookEventId, now).changes > 0;
  }

  purgeBefore(cutoff: number): number {
    return this.purgeStmt.run(cutoff).changes;
  }
}
