// Restoring a backup into a data directory whose hub is stopped: check the backup (SQLite's
// integrity check, our application id, a schema this hub knows), copy it in under a temporary
// name, move the current database aside (never deleted) and rename the copy into place.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS } from '../db/migrate.js';
import { DB_FILE } from '../db/open.js';
import { runningHub } from '../db/data-dir.js';
import { localStamp } from './backups.js';

export class RestoreError extends Error {}

export interface RestoreResult {
  /** Where the database that was replaced now is, or null when there was none. */
  aside: string | null;
  restored: string;
  schemaVersion: number;
}

/** Throws a RestoreError unless the file is a sound OSS queue database this hub can open. */
export function verifyBackup(file: string): { schemaVersion: number } {
  if (!existsSync(file) || !statSync(file).isFile()) throw new RestoreError(`No such backup file: ${file}`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new RestoreError(`${file} is not an OSS queue database (application id ${appId})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > MIGRATIONS.length) {
      throw new RestoreError(`${file} has schema ${version}; this hub knows 1..${MIGRATIONS.length} (it is from a newer hub?)`);
    }
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new RestoreError(`${file} failed the integrity check: ${check}`);
    return { schemaVersion: version };
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`${file} cannot be read as a database: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    db?.close();
  }
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Folds a stopped hub's write-ahead log into its database file, so moving the file moves it all. */
function checkpoint(file: string): void {
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A damaged database (a reason to restore) cannot be checkpointed: its files move aside as they are.
  }
}

export function restoreBackup(backupFile: string, dataDir: string, now = new Date(), timeZone = 'Asia/Bangkok'): RestoreResult {
  const dir = resolve(dataDir);
  const source = resolve(backupFile);
  const pid = runningHub(dir);
  if (pid !== null) {
    throw new RestoreError(
      `A hub (process ${pid}) is running on ${dir}: stop it first (e.g. systemctl stop oss-hub), then restore. ` +
        `If no hub is running, delete ${join(dir, 'hub.pid')}.`,
    );
  }
  if (!existsSync(dir)) throw new RestoreError(`The data directory ${dir} does not exist`);
  if (!existsSync(source) || !statSync(source).isFile()) throw new RestoreError(`No such backup file: ${source}`);
  const live = join(dir, DB_FILE);
  const incoming = join(dir, `${DB_FILE}.restoring`);
  rmSync(incoming, { force: true });
  copyFileSync(source, incoming);
  let schemaVersion: number;
  try {
    // Checked as copied: what is swapped in is exactly what passed the check.
    ({ schemaVersion } = verifyBackup(incoming));
  } catch (err) {
    rmSync(incoming, { force: true });
    for (const side of SIDE_FILES) rmSync(`${incoming}${side}`, { force: true });
    if (err instanceof RestoreError) throw new RestoreError(err.message.replaceAll(incoming, source));
    throw err;
  }

  let aside: string | null = null;
  if (existsSync(live)) {
    checkpoint(live);
    const { day, time } = localStamp(now, timeZone);
    aside = join(dir, `${DB_FILE}.before-restore-${day}-${time}`);
    renameSync(live, aside);
    for (const side of SIDE_FILES) if (existsSync(`${live}${side}`)) renameSync(`${live}${side}`, `${aside}${side}`);
  }
  renameSync(incoming, live);
  return { aside, restored: basename(source), schemaVersion };
}
