// 007-citizen-id-claims: migrate to the schema before it, register citizens with and without an ID,
// migrate, and find the IDs turned into unverified claims. The routes over them are
// server/test/portal/citizen-ids.test.ts.
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('007-citizen-id-claims');

describe('migration 007-citizen-id-claims', () => {
  it('turns the registered IDs into unverified claims, not unique; a verified ID is unique', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    try {
      db.exec(`INSERT INTO citizens (id, username, name, cid_hash, cid_last4, created_at) VALUES (1, 'a', 'ก', 'h1', '1234', 0);
               INSERT INTO citizens (id, username, name, created_at) VALUES (2, 'b', 'ข', 0);`);
      expect(migrateTo(db, N)).toBe(N);
      expect(db.prepare('SELECT id, cid_hash, cid_claim, cid_last4, cid_verified_at FROM citizens ORDER BY id').all()).toEqual([
        { id: 1, cid_hash: null, cid_claim: 'h1', cid_last4: '1234', cid_verified_at: null },
        { id: 2, cid_hash: null, cid_claim: null, cid_last4: null, cid_verified_at: null },
      ]);
      // Two claims of one number are fine; two verified ones are not.
      db.prepare("UPDATE citizens SET cid_claim = 'h1' WHERE id = 2").run();
      db.prepare('UPDATE citizens SET cid_verified_at = 1 WHERE id = 1').run();
      expect(() => db.prepare('UPDATE citizens SET cid_verified_at = 2 WHERE id = 2').run()).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});
