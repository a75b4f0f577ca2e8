// The migration runner's own rules: a new file gets every migration, a file it does not know (not
// ours, or from a newer hub) is refused and left alone, each migration commits whole or not at all,
// and every file in server/src/db/migrations is in the list, in order, with its test in this folder.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, migrate, MigrationError, type Migration } from '../../src/db/migrate.js';
import { DB_FILE, openDatabase } from '../../src/db/open.js';
import { databaseAt } from './database-at.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url));
const TESTS_DIR = fileURLToPath(new URL('./', import.meta.url));
const numbered = (n: number, rest: string) => `${String(n).padStart(3, '0')}-${rest}`;
const version = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'oss-mig-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the migration runner', () => {
  it('brings a new file to the latest schema, in WAL mode, marked as ours', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Temporary storage (the group commit's savepoint journals) in memory, not in temp files.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    // Opening again is a no-op.
    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database written by a newer hub, and leaves it alone', () => {
    const dir = tempDir();
    // A newer hub: this one's migrations and one more, run by the same runner.
    const newer: Migration[] = [
      ...MIGRATIONS,
      { name: numbered(MIGRATIONS.length + 1, 'from-a-newer-hub'), sql: 'CREATE TABLE newer (id INTEGER PRIMARY KEY) STRICT;' },
    ];
    const raw = new Database(join(dir, DB_FILE));
    expect(migrate(raw, newer)).toBe(MIGRATIONS.length + 1);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(MigrationError);
    expect(() => openDatabase(dir)).toThrow(/newer version/);
    const check = new Database(join(dir, DB_FILE));
    expect(version(check)).toBe(MIGRATIONS.length + 1);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'newer'").get()).toEqual({ name: 'newer' });
    check.close();
  });

  it('refuses a file that is not an OSS queue database and leaves it alone', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DB_FILE));
    raw.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('x')");
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/not an OSS queue database/);
    const check = new Database(join(dir, DB_FILE));
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'photos' }]);
    check.close();
  });

  it('migrates up to a target and no further, and never back down', () => {
    const db = databaseAt(0);
    expect(migrate(db, MIGRATIONS, 2)).toBe(2);
    expect(version(db)).toBe(2);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'counter_sessions'").get()).toEqual({ n: 0 });
    expect(migrate(db, MIGRATIONS, 1)).toBe(2);
    expect(version(db)).toBe(2);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('commits each migration whole or not at all', () => {
    const db = databaseAt(0);
    const broken: Migration[] = [
      MIGRATIONS[0]!,
      {
        name: numbered(2, 'broken'),
        sql: 'CREATE TABLE half (id INTEGER PRIMARY KEY); CREATE TABLE half (id INTEGER PRIMARY KEY);',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/already exists/);
    expect(version(db)).toBe(1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('the migration list', () => {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();

  it('holds every file of server/src/db/migrations, in order, each named by its number', () => {
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
    MIGRATIONS.forEach((m, i) => expect(m.name).toMatch(new RegExp(`^${numbered(i + 1, '')}[a-z0-9-]+$`)));
  });

  it('has a test here for every migration: <name>.test.ts', () => {
    const missing = files.filter((name) => !existsSync(join(TESTS_DIR, `${name}.test.ts`)));
    expect(missing, 'migrations without a test in server/test/migrations').toEqual([]);
  });
});
