// 002-line on a database that already holds tickets: migrate to the one before it, insert rows,
// migrate, and check the new tables and their rules.
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('002-line');

describe('migration 002-line', () => {
  it('adds links, outbox and seen webhook events to an existing database', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    db.exec(`INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A');
             INSERT INTO tickets (id, business_day, issued_service_id, service_id, seq, number, status, tracking_code, issued_at, queued_at)
             VALUES (7, '2026-11-25', 1, 1, 1, 'A001', 'waiting', 'ABCDEFGH23', 0, 0);`);
    expect(migrateTo(db, N)).toBe(N);

    const link = db.prepare('INSERT INTO line_links (ticket_id, line_user_id, linked_at) VALUES (?, ?, 0)');
    link.run(7, 'U1');
    expect(() => link.run(7, 'U1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => link.run(8, 'U1')).toThrow(/FOREIGN KEY/);
    expect(() => link.run(7, '')).toThrow(/CHECK/);

    const push =
      db.prepare(`INSERT INTO line_outbox (retry_key, line_user_id, ticket_id, kind, messages, status, created_at, not_before, expires_at)
      VALUES (?, 'U1', 7, 'ticket.called', '[]', ?, 0, 0, 1)`);
    push.run('k1', 'pending');
    expect(() => push.run('k1', 'pending')).toThrow(/UNIQUE/);
    expect(() => push.run('k2', 'lost')).toThrow(/CHECK/);

    const seen = db.prepare('INSERT OR IGNORE INTO line_webhook_events (webhook_event_id, received_at) VALUES (?, 0)');
    expect(seen.run('01H').changes).toBe(1);
    expect(seen.run('01H').changes).toBe(0);
    db.close();
  });
});
