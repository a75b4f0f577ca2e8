import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

export const DB_FILE = 'oss-queue.sqlite';

/**
 * The data directory holds personal data and the install's key: only the hub's own user may enter
 * it (0700) or read its files (0600). Set on every start, so a directory from an older hub (0755,
 * files 0644) is tightened too. Windows has no such modes: chmod does nothing there.
 */
const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** chmod that never stops the hub: a file system without modes (or another owner) keeps its own. */
export function restrict(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change, or gone meanwhile: the umask (main.ts) still covers new files.
  }
}

/** Makes `dir` (created if needed) private to the hub's user. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  restrict(dir, PRIVATE_DIR_MODE);
}

/** Opens (creating if needed) the hub's one database file, in WAL mode, migrated. */
export function openDatabase(dataDir: string | ':memory:', synchronous: 'normal' | 'full' = 'normal'): Db {
  let db: Db;
  if (dataDir === ':memory:') db = new Database(':memory:');
  else {
    privateDir(dataDir);
    db = new Database(join(dataDir, DB_FILE));
  }
  try {
    db.pragma('journal_mode = WAL');
    // SQLite gives the -wal and -shm files the database file's mode when it makes them again.
    if (dataDir !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm']) {
        const file = join(dataDir, `${DB_FILE}${suffix}`);
        if (existsSync(file)) restrict(file, PRIVATE_FILE_MODE);
      }
    }
    // In WAL mode NORMAL loses nothing committed when the process dies (kill -9); only an OS crash
    // or power cut can drop the last commits. OSS_SYNC=full trades throughput for that too.
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    // Each change of a group commit runs in a savepoint, whose journal of the pages it touches is
    // temporary storage: on file, any change past 64 KiB of pages sent the rest of its group's
    // journal to a temp file, one write call a page. In memory it is dropped at each release.
    // Only after the migrations: an index built over a year of tickets sorts through temporary
    // storage too, and in memory that took 60 MB. What the hub sorts afterwards is small (its
    // orders come from indexes; the largest is a report's ratings, one row a rating).
    db.pragma('temp_store = MEMORY');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
