// 008-recent-done: migrate to the schema before it, finish tickets, migrate, and the recent
// service-time read (run for every event and wait estimate) finds its 20 rows in the new index,
// with no sort and no walk over the day's other done tickets.
import { describe, expect, it } from 'vitest';
import { RECENT_DURATIONS_SQL } from '../../src/tickets/ticket-repo.js';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('008-recent-done');

describe('migration 008-recent-done', () => {
  it('indexes the done tickets so the recent service times are read without a scan or a sort', () => {
    const db = databaseAt(N - 1);
    db.exec(`INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A'), (2, 'B', 'ข', 'B')`);
    const insert = db.prepare(`INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, priority,
      tracking_code, issued_at, queued_at, started_at, finished_at) VALUES ('2026-11-25', ?, ?, ?, ?, 'done', 'none', ?, 0, 0, ?, ?)`);
    for (let i = 1; i <= 30; i++) insert.run(1 + (i % 2), 1 + (i % 2), i, `X${i}`, `T${i}`, i * 1000, i * 1000 + i * 60_000);
    const before = db.prepare(RECENT_DURATIONS_SQL).all(1, '2026-11-25');
    const planBefore = (
      db.prepare(`EXPLAIN QUERY PLAN ${RECENT_DURATIONS_SQL}`).all(1, '2026-11-25') as Array<{ detail: string }>
    ).map((r) => r.detail);
    expect(planBefore.join('\n')).toMatch(/TEMP B-TREE/);

    expect(migrateTo(db, N)).toBe(N);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${RECENT_DURATIONS_SQL}`).all(1, '2026-11-25') as Array<{ detail: string }>).map(
      (r) => r.detail,
    );
    expect(plan.join('\n')).toMatch(/USING INDEX tickets_done_recent \(service_id=\? AND business_day=\?\)/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    // The same answer as before: service 1's 15 done tickets, newest first.
    const after = db.prepare(RECENT_DURATIONS_SQL).all(1, '2026-11-25');
    expect(after).toEqual(before);
    expect(after).toHaveLength(15);
    expect(after[0]).toEqual({ ms: 30 * 60_000 });
    db.close();
  });
});
