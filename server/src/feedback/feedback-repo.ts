// SQL for feedback: suggestions about a service (or the office) from the portal, read by
// supervisors. Who sent it is kept for follow-up but not shown in the list.
import type { Feedback } from '@oss/shared';
import type { Db } from '../db/open.js';

interface FeedbackRow {
  id: number;
  citizen_id: number | null;
  service_id: number | null;
  text: string;
  created_at: number;
}

const rowToFeedback = (r: FeedbackRow): Feedback => ({
  id: r.id,
  serviceId: r.service_id,
  text: r.text,
  createdAt: new Date(r.created_at).toISOString(),
  fromCitizen: r.citizen_id !== null,
});

export class FeedbackRepo {
  private readonly insertStmt;
  private readonly pageStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[number | null, number | null, string, number], FeedbackRow>(
      'INSERT INTO feedback (citizen_id, service_id, text, created_at) VALUES (?, ?, ?, ?) RETURNING *',
    );
    this.pageStmt = db.prepare<[number, number], FeedbackRow>('SELECT * FROM feedback WHERE id < ? ORDER BY id DESC LIMIT ?');
  }

  add(citizenId: number | null, serviceId: number | null, text: string, at: number): Feedback {
    return rowToFeedback(this.insertStmt.get(citizenId, serviceId, text, at)!);
  }

  /** Newest first, keyset paging on the id. */
  page(limit: number, before = Number.MAX_SAFE_INTEGER): { feedback: Feedback[]; nextBefore: number | null } {
    const rows = this.pageStmt.all(before, limit + 1);
    const feedback = rows.slice(0, limit).map(rowToFeedback);
    return { feedback, nextBefore: rows.length > limit ? feedback[feedback.length - 1]!.id : null };
  }
}
