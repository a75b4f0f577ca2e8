// A hub process for the fuzz tests, with a second, read-only connection to its file: SQLite's
// data_version, read there, moves on any commit, so a test can tell whether a request changed
// anything. Stopped and removed after the file's tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { DB_FILE } from '../../src/db/open.js';
import { spawnHub, waitForExit, type HubProcess } from '../../../test/support/hub-process.js';

export interface WatchedHub {
  hub: HubProcess;
  dataDir: string;
  /** Moves whenever anything was committed since the last read. */
  digest: () => number;
}

export async function watchedHub(env: Record<string, string>): Promise<WatchedHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oss-fuzz-'));
  const hub = await spawnHub({ OSS_DATA_DIR: dataDir, ...env });
  const watcher = new Database(join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
  afterAll(async () => {
    watcher.close();
    if (hub.child.exitCode === null) {
      hub.child.kill('SIGTERM');
      await waitForExit(hub.child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { hub, dataDir, digest: () => watcher.pragma('data_version', { simple: true }) as number };
}
