// 005-queue-lane: migrate to the schema before it, queue tickets, migrate, and find them in the
// lane index that replaces tickets_queued; the queue's questions are then answered from it.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/db/migrate.js';
import type { Db } from '../../src/db/open.js';
import { QUEUE_SQL } from '../../src/tickets/ticket-repo.js';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('005-queue-lane');

const indexes = (db: Db) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'").all() as Array<{ name: string }>
  ).map((i) => i.name);

/** Each of the queue's reads searches the lane index by service and lane, with no sort of the queue. */
function expectLanePlans(db: Db): void {
  const plans = {
    ahead: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.ahead}`).all({ service_id: 1, lane: 2, queued_at: 0, id: 1 }),
    behind: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.behind}`).all({ service_id: 1, lane: 2, queued_at: 0, id: 1 }),
    nextPriority: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.nextPriority}`).all(1, '2026-11-25'),
    nextNormal: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.nextNormal}`).all(1, '2026-11-25'),
  };
  for (const [query, plan] of Object.entries(plans)) {
    const details = (plan as Array<{ detail: string }>).map((r) => r.detail);
    const searches = details.filter((d) => d.startsWith('SEARCH tickets'));
    expect(searches.length, query).toBeGreaterThan(0);
    // Migration 005's expression and ticket-repo's LANE_SQL must match word for word for this.
    for (const s of searches) expect(s, query).toMatch(/USING (COVERING )?INDEX tickets_queued_lane \(service_id=\? AND <expr>/);
    expect(details.join('\n'), query).not.toMatch(/TEMP B-TREE/);
  }
}

describe('migration 005-queue-lane', () => {
  it('keeps the queued tickets and puts them in the lane index instead of tickets_queued', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    db.exec(`
      INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A');
      INSERT INTO tickets (id, business_day, issued_service_id, service_id, seq, number, status, priority, tracking_code, issued_at, queued_at)
        VALUES (1, '2026-11-25', 1, 1, 1, 'A001', 'waiting', 'none', 'T1', 0, 0),
               (2, '2026-11-25', 1, 1, 2, 'A002', 'waiting', 'monk', 'T2', 1, 1),
               (3, '2026-11-25', 1, 1, 3, 'A003', 'done', 'none', 'T3', 2, 2);
    `);
    expect(indexes(db)).toContain('tickets_queued');
    expect(migrateTo(db, N)).toBe(N);
    expect(indexes(db)).toContain('tickets_queued_lane');
    expect(indexes(db)).not.toContain('tickets_queued');
    expect(db.prepare('SELECT number, status FROM tickets ORDER BY id').all()).toEqual([
      { number: 'A001', status: 'waiting' },
      { number: 'A002', status: 'waiting' },
      { number: 'A003', status: 'done' },
    ]);
    // The index holds the queued tickets only, priority lane first.
    expect(
      db
        .prepare(
          "SELECT number FROM tickets INDEXED BY tickets_queued_lane WHERE service_id = 1 AND status IN ('waiting', 'transferred')",
        )
        .all(),
    ).toEqual([{ number: 'A002' }, { number: 'A001' }]);
    expectLanePlans(db);
    db.close();
  });

  it('answers people-ahead and call-next from index ranges, with no sort of the queue, at the latest schema too', () => {
    // A later migration's index must not take these queries away from the lane index.
    const db = databaseAt(MIGRATIONS.length);
    expectLanePlans(db);
    db.close();
  });
});
