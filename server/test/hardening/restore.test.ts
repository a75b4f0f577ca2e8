// `npm run restore` end to end, with real processes: tickets, a backup, more tickets; the restore
// refuses while the hub runs; with the hub stopped it swaps the backup in (keeping the old file);
// the hub then has exactly the backed-up tickets and numbers on from them.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { BACKUP_DIR } from '../../src/backup/backups.js';
import { restoreBackup } from '../../src/backup/restore.js';
import { DB_FILE } from '../../src/db/open.js';
import { PID_FILE } from '../../src/db/data-dir.js';
import { spawnHub, waitForExit, type HubProcess } from '../../../test/support/hub-process.js';
import { call } from './support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'oss-restore-'));
const hubs: HubProcess[] = [];
afterAll(async () => {
  for (const h of hubs) if (h.child.exitCode === null) h.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The restore command as `npm run restore -- <file>` runs it (from source here). */
function restore(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/restore.ts', file], {
      cwd: ROOT,
      env: { ...process.env, OSS_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function stop(h: HubProcess): Promise<void> {
  h.child.kill('SIGTERM');
  await waitForExit(h.child);
  expect(h.child.exitCode).toBe(0);
}

describe('npm run restore', () => {
  it('refuses under a running hub, then restores a backup so only its tickets exist', async () => {
    const first = await spawnHub({ OSS_DATA_DIR: dataDir });
    hubs.push(first);
    const issue = async (url: string) =>
      ((await call(url, '/api/v1/tickets', { body: { serviceId: 1 } })).json as { ticket: Ticket }).ticket;
    const kept = [await issue(first.url), await issue(first.url), await issue(first.url)];
    const login = await call(first.url, '/api/v1/auth/login', { body: { username: 'admin', password: 'process-admin' } });
    const token = (login.json as { token: string }).token;
    const taken = await call(first.url, '/api/v1/admin/backups', { method: 'POST', token });
    expect(taken.status, taken.text).toBe(201);
    const backup = join(dataDir, BACKUP_DIR, (taken.json as { backup: { file: string } }).backup.file);
    const lost = [await issue(first.url), await issue(first.url)];
    expect(lost.map((t) => t.number)).toEqual(['A004', 'A005']);

    // The hub is running: refused, nothing touched.
    expect(existsSync(join(dataDir, PID_FILE))).toBe(true);
    // (In process: the same check the command makes; one process spawn fewer.)
    expect(() => restoreBackup(backup, dataDir)).toThrow(/A hub \(process \d+\) is running on/);
    expect(readdirSync(dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);

    await stop(first);
    expect(existsSync(join(dataDir, PID_FILE))).toBe(false);
    const done = await restore(backup);
    expect(done.output).toContain('Restored');
    expect(done.code).toBe(0);
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.before-restore-`) && !/-(wal|shm)$/.test(f));
    expect(aside).toHaveLength(1);
    expect(done.output).toContain(aside[0]);

    const second = await spawnHub({ OSS_DATA_DIR: dataDir });
    hubs.push(second);
    for (const t of kept) expect((await call(second.url, `/api/v1/tickets/track/${t.trackingCode}`)).status).toBe(200);
    for (const t of lost) expect((await call(second.url, `/api/v1/tickets/track/${t.trackingCode}`)).status).toBe(404);
    // Numbering carries on from the backup.
    expect((await issue(second.url)).number).toBe('A004');
    await stop(second);
  }, 90_000);
});
