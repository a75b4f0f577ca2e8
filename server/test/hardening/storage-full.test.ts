// A full disk while the hub runs. Not the client's fault, so not a 4xx: a write answers 503
// storage-unavailable in the docs/design.md §4.1 error shape, nothing is half-written (the ticket,
// its number, its event: all or none), reads and the screens keep working, and writes work again
// once there is room. In process with SQLite's max_page_count (always), and as a real process on
// a tiny tmpfs that fills up (where this machine allows a mount).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { TicketResponse, type Snapshot, type Ticket } from '@oss/shared';
import { DB_FILE } from '../../src/db/open.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { spawnHub, waitForExit, type HubProcess } from '../../../test/support/hub-process.js';
import { canMount, fill, tinyDisk } from './fs-faults.js';
import { until } from '../../../test/support/until.js';
import { call, errorCode, errorShapeProblem, type Answer } from './support.js';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const issue = (url: string, serviceId = 1) => call(url, '/api/v1/tickets', { body: { serviceId } });

/** Issues until the hub answers something other than 201; returns the tickets and that answer. */
async function issueUntilRefused(url: string, max: number): Promise<{ acked: Ticket[]; refused: Answer }> {
  const acked: Ticket[] = [];
  for (let i = 0; i < max; i++) {
    const a = await issue(url, 1 + (i % 2));
    if (a.status !== 201) return { acked, refused: a };
    acked.push(TicketResponse.parse(a.json).ticket);
  }
  throw new Error(`the hub took ${max} tickets on a full disk`);
}

function expectStorage503(a: Answer): void {
  expect(a.status, a.text).toBe(503);
  expect(errorShapeProblem(a)).toBeNull();
  expect(errorCode(a)).toBe('storage-unavailable');
  expect(a.headers.get('retry-after')).toBe('30');
  expect(a.text).not.toMatch(/SQLITE|sqlite|database or disk/);
}

/** Every service's numbers run 1..n with no gap: a refused ticket did not use one up. */
function expectNoGaps(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT issued_service_id AS s, seq FROM tickets ORDER BY s, business_day, seq').all() as Array<{
      s: number;
      seq: number;
    }>;
    for (const s of new Set(rows.map((r) => r.s))) {
      const seqs = rows.filter((r) => r.s === s).map((r) => r.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
    return rows.length;
  } finally {
    db.close();
  }
}

describe('a full disk while the hub runs', () => {
  it('answers writes 503 storage-unavailable, keeps reads and screens going, and loses nothing (in process)', async () => {
    const hub: TestHub = await startTestHub();
    cleanups.push(() => hub.dispose());
    const token = await hub.login();
    const screen = io(hub.url, { auth: { role: 'display' }, transports: ['websocket'], reconnection: false, forceNew: true });
    cleanups.push(() => screen.close());
    const snapshots: Snapshot[] = [];
    screen.on('snapshot', (s) => snapshots.push(s as Snapshot));
    await until(() => snapshots.length === 1, 'snapshot', 5000);
    const first = TicketResponse.parse((await issue(hub.url)).json);

    // No page beyond what the file has now: the next page SQLite needs fails with SQLITE_FULL.
    const pages = hub.db.pragma('page_count', { simple: true }) as number;
    hub.db.pragma(`max_page_count = ${pages}`);
    const version = hub.hub.queue.log.latestVersion();
    const { acked, refused } = await issueUntilRefused(hub.url, 5000);
    expectStorage503(refused);
    // The refused change left nothing behind: no event, no ticket, the same version.
    const after = hub.hub.queue.log.latestVersion();
    expect(after).toBe(version + acked.length);
    expect((hub.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n).toBe(1 + acked.length);
    // Staff writes fail the same way (or succeed if they fit); never a 500.
    const staff = await call(hub.url, '/api/v1/counters/1/call-next', { method: 'POST', token });
    expect([200, 503]).toContain(staff.status);

    // Reads go on: services, counters, tracking, and a screen's snapshot.
    expect((await call(hub.url, '/api/v1/services')).status).toBe(200);
    expect((await call(hub.url, '/api/v1/counters')).status).toBe(200);
    expect((await call(hub.url, `/api/v1/tickets/track/${first.ticket.trackingCode}`)).status).toBe(200);
    screen.emit('snapshot.request');
    await until(() => snapshots.length === 2, 'a snapshot on a full disk', 5000);
    expect(screen.connected).toBe(true);

    // Room again: writes work, and the numbers carry on without a gap.
    hub.db.pragma('max_page_count = 1073741823');
    const next = await issue(hub.url, 1);
    expect(next.status).toBe(201);
    const used = [first.ticket, ...acked].filter((t) => t.serviceId === 1).length;
    expect(TicketResponse.parse(next.json).ticket.number).toBe(`A${String(used + 1).padStart(3, '0')}`);
    await hub.close();
    expectNoGaps(join(hub.dataDir, DB_FILE));
  }, 60_000);

  it('on a real full disk: 503 on writes, reads go on, a start on the full disk fails clearly, nothing lost (process)', async () => {
    expect(canMount, 'a full disk needs a tmpfs mount (root)').toBe(true);
    const disk = tinyDisk('3m');
    cleanups.push(() => disk.undo());
    const dataDir = join(disk.dir, 'data');
    const hubs: HubProcess[] = [];
    cleanups.push(() => hubs.forEach((h) => h.child.exitCode === null && h.child.kill('SIGKILL')));
    const first = await spawnHub({ OSS_DATA_DIR: dataDir });
    hubs.push(first);
    for (let i = 0; i < 5; i++) expect((await issue(first.url, 1 + (i % 2))).status).toBe(201);
    const filler = fill(disk.dir);
    const { acked, refused } = await issueUntilRefused(first.url, 5000);
    expectStorage503(refused);
    expect((await call(first.url, '/api/v1/services')).status).toBe(200);
    expect((await call(first.url, '/api/v1/health')).status).toBe(200);
    if (acked.length > 0) {
      expect((await call(first.url, `/api/v1/tickets/track/${acked[0]!.trackingCode}`)).status).toBe(200);
    }
    // Logged for the administrator.
    await until(() => first.output().includes('storage unavailable: the disk is full'), 'the log line', 5000);
    first.child.kill('SIGTERM');
    await waitForExit(first.child);

    // Starting on the full disk stops with a message naming the directory and the problem.
    // (The stop folded the write-ahead log into the database and freed its space: fill again.)
    const filler2 = fill(disk.dir, 'filler-2.bin');
    const refusedStart = await spawnHub({ OSS_DATA_DIR: dataDir }).then(
      (h) => {
        hubs.push(h);
        return '';
      },
      (err: Error) => err.message,
    );
    expect(refusedStart).toMatch(/hub exited with 1/);
    expect(refusedStart).toContain(dataDir);
    expect(refusedStart).toMatch(/disk is full/);
    expect(refusedStart).not.toMatch(/\n\s+at /); // a message, not a stack trace

    // Room again: everything acknowledged is there, and numbering carries on.
    rmSync(filler);
    rmSync(filler2);
    const again = await spawnHub({ OSS_DATA_DIR: dataDir });
    hubs.push(again);
    for (const t of acked) expect((await call(again.url, `/api/v1/tickets/track/${t.trackingCode}`)).status).toBe(200);
    expect((await issue(again.url)).status).toBe(201);
    again.child.kill('SIGTERM');
    await waitForExit(again.child);
    expect(again.child.exitCode).toBe(0);
    expect(expectNoGaps(join(dataDir, DB_FILE))).toBe(5 + acked.length + 1);
  }, 90_000);
});
