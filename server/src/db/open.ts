import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

export const DB_FILE = 'oss-queue.sqlite';

/** Opens (creating if needed) the hub's one database file, in WAL mode, migrated. */
export function openDatabase(dataDir: string | ':memory:', synchronous: 'normal' | 'full' = 'normal'): Db {
  let db: Db;
  if (dataDir === ':memory:') db = new Database(':memory:');
  else {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, DB_FILE));
  }
  try {
    db.pragma('journal_mode = WAL');
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
