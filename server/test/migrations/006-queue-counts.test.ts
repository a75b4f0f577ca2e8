// 006-queue-counts: migrate to the schema before it, queue tickets in several lanes and states,
// migrate, and find the waiting counts filled from them and kept by the triggers afterwards. The
// counts through a day of queue work are server/test/queue-counts.test.ts.
import type { Priority } from '@oss/shared';
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('006-queue-counts');

describe('migration 006-queue-counts', () => {
  it('fills the counts from the tickets already waiting when the migration runs', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    db.exec(
      `INSERT INTO services (id, code, name_th, name_en, avg_service_minutes) VALUES (1, 'A', 'ก', 'A', 5), (2, 'B', 'ข', 'B', 5)`,
    );
    const insert = db.prepare(`INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, priority,
      tracking_code, issued_at, queued_at) VALUES ('2026-11-25', ?, ?, ?, 'X', ?, ?, ?, 0, 0)`);
    const rows: Array<[number, string, Priority]> = [
      [1, 'waiting', 'none'],
      [1, 'waiting', 'elderly'],
      [1, 'transferred', 'none'],
      [1, 'called', 'none'],
      [2, 'waiting', 'none'],
      [2, 'done', 'none'],
    ];
    rows.forEach(([service, status, priority], i) => insert.run(service, service, i + 1, status, priority, `T${i}`));
    expect(migrateTo(db, N)).toBe(N);
    const counts = db.prepare('SELECT service_id, lane, n FROM queue_counts ORDER BY 1, 2');
    expect(counts.all()).toEqual([
      { service_id: 1, lane: 0, n: 1 },
      { service_id: 1, lane: 2, n: 2 },
      { service_id: 2, lane: 2, n: 1 },
    ]);
    // From then on the triggers keep them: a new ticket counts, a called one no longer does.
    insert.run(2, 2, 7, 'waiting', 'none', 'T7');
    db.prepare("UPDATE tickets SET status = 'called' WHERE tracking_code = 'T0'").run();
    expect(counts.all()).toEqual([
      { service_id: 1, lane: 0, n: 1 },
      { service_id: 1, lane: 2, n: 1 },
      { service_id: 2, lane: 2, n: 2 },
    ]);
    db.close();
  });
});
