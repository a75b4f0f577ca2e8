// The data directory at start-up: it must exist (or be creatable) and be writable, with a writable
// database file, or the hub stops with a message naming the directory and the problem instead of
// a stack trace. The hub also leaves its process id there (hub.pid) so that `npm run restore`
// can refuse to swap the database under a running hub.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORAGE_PROBLEM_TEXT, storageProblem } from './sqlite-errors.js';
import { DB_FILE } from './open.js';

export const PID_FILE = 'hub.pid';

/** The data directory cannot be used; the message says which and why, for the administrator. */
export class StorageError extends Error {}

const REASONS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
  EIO: 'the disk reported an I/O error',
};

function reason(err: unknown): string {
  const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : '';
  return REASONS[code] ?? (err instanceof Error ? err.message : String(err));
}

const FIX = 'Make it writable for the user the hub runs as (and free some space), or set OSS_DATA_DIR to another directory.';

export interface DataDirLock {
  /** Removes hub.pid if it is still ours (a graceful stop). */
  release(): void;
}

/** Checks the directory and the database file can be written (a small file is written and removed). */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StorageError(`The data directory ${dir} cannot be created: ${reason(err)}. ${FIX}`);
  }
  if (!statSync(dir).isDirectory()) throw new StorageError(`The data directory ${dir} is not a directory. ${FIX}`);
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new StorageError(`The data directory ${dir} cannot be written: ${reason(err)}. ${FIX}`);
  }
  const dbFile = join(dir, DB_FILE);
  if (existsSync(dbFile)) {
    try {
      accessSync(dbFile, constants.R_OK | constants.W_OK);
    } catch (err) {
      throw new StorageError(`The database file ${dbFile} cannot be written: ${reason(err)}. ${FIX}`);
    }
  }
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, 'ok');
  } catch (err) {
    // Creating a small file failed: the database would fail the same way a moment later.
    throw new StorageError(`The data directory ${dir} cannot be written: ${reason(err)}. ${FIX}`);
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Writes hub.pid (this process runs the hub on this directory); release() removes it. */
export function claimDataDir(dir: string): DataDirLock {
  const pidFile = join(dir, PID_FILE);
  const other = runningHub(dir);
  if (other !== null && other !== process.pid) {
    process.emitWarning(`${pidFile} names process ${other}, which is running: is another hub using ${dir}?`);
  }
  try {
    writeFileSync(pidFile, `${process.pid}\n`);
  } catch {
    process.emitWarning(`${pidFile} could not be written: npm run restore cannot tell that this hub is running`);
  }
  return {
    release() {
      if (readPid(pidFile) === process.pid) rmSync(pidFile, { force: true });
    },
  };
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The process id of a hub running on this data directory, or null (no hub.pid, or it is stale). */
export function runningHub(dir: string): number | null {
  const pid = readPid(join(dir, PID_FILE));
  if (pid === null) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: the process exists but belongs to another user (the service account).
    return err instanceof Error && 'code' in err && err.code === 'EPERM' ? pid : null;
  }
}

/** A storage fault while opening or migrating the database, as a StorageError; null for others. */
export function explainOpenError(err: unknown, dir: string): StorageError | null {
  const problem = storageProblem(err);
  if (!problem) return null;
  const detail = err instanceof Error ? err.message : String(err);
  return new StorageError(
    `The hub cannot use its database in ${dir}: ${STORAGE_PROBLEM_TEXT[problem]} (${detail}). ${problem === 'damaged' ? 'Restore a backup (npm run restore -- <file>).' : FIX}`,
  );
}
