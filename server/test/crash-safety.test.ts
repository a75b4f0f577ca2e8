import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { TicketResponse, TrackResponse, type Ticket } from '@oss/shared';
import { DB_FILE } from '../src/db/open.js';
import { spawnHub, waitForExit } from '../../test/support/hub-process.js';
import { until } from '../../test/support/until.js';

const dataDir = mkdtempSync(join(tmpdir(), 'oss-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a hub killed with SIGKILL mid-burst', () => {
  it('keeps every ticket it acknowledged, with unique numbers and no gaps', async () => {
    const first = await spawnHub({ OSS_DATA_DIR: dataDir });
    const acked: Ticket[] = [];
    let stop = false;
    // 16 kiosks taking tickets as fast as the hub answers, spread over four services.
    const kiosk = async (k: number) => {
      for (let i = 0; !stop && i < 2000; i++) {
        try {
          const res = await fetch(`${first.url}/api/v1/tickets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ serviceId: 1 + ((k + i) % 4) }),
          });
          if (res.status !== 201) continue;
          acked.push(TicketResponse.parse(await res.json()).ticket);
        } catch {
          return; // the hub is gone
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 16 }, (_, k) => kiosk(k)));
    await until(
      () => acked.length >= 300,
      () => `300 acknowledged tickets (${acked.length} so far)`,
      30_000,
    );
    first.child.kill('SIGKILL');
    await waitForExit(first.child);
    stop = true;
    await burst;
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await spawnHub({ OSS_DATA_DIR: dataDir });
    try {
      for (const t of acked) {
        const res = await fetch(`${second.url}/api/v1/tickets/track/${t.trackingCode}`);
        expect(res.status).toBe(200);
        expect(TrackResponse.parse(await res.json()).ticket.number).toBe(t.number);
      }
      const db = new Database(join(dataDir, DB_FILE), { readonly: true });
      // The file itself is sound after the kill, not just the rows we look at.
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT issued_service_id AS s, seq FROM tickets ORDER BY s, seq').all() as Array<{
        s: number;
        seq: number;
      }>;
      db.close();
      expect(rows.length).toBeGreaterThanOrEqual(acked.length);
      for (const s of [1, 2, 3, 4]) {
        const seqs = rows.filter((r) => r.s === s).map((r) => r.seq);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      }
      // The restarted hub carries on numbering after the last committed ticket.
      const next = await fetch(`${second.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: 1 }),
      });
      const { ticket } = TicketResponse.parse(await next.json());
      expect(ticket.number).toBe(`A${String(rows.filter((r) => r.s === 1).length + 1).padStart(3, '0')}`);
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
    // SIGTERM is a graceful stop.
    expect(second.child.exitCode).toBe(0);
  }, 60_000);
});
