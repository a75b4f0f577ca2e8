import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LinkStatus } from '@oss/shared/client';
import type { LiveState, PublicTicket } from '@oss/shared';
import { systemClock } from '../../server/src/clock.js';
import { openDatabase } from '../../server/src/db/open.js';
import { Queue } from '../../server/src/queue/queue.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { until } from '../../test/support/until.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

// Each wait has until's generous limit: how soon a screen notices a lost hub and is back in sync is
// for the benchmark to measure.

const issue = (serviceId: number) =>
  fetch(`${hub.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  });

describe('a screen’s live connection', () => {
  it('shows a lost hub and is back in sync after its return, on one connection', async () => {
    let state: LiveState<PublicTicket> | null = null;
    let status: LinkStatus = 'connecting';
    const conn = connectLive({
      role: 'display',
      url: hub.url,
      onState: (s) => (state = s),
      onStatus: (s) => (status = s),
    });
    try {
      await until(() => status === 'online' && state !== null, 'online with a state');
      await issue(1);
      await until(() => state!.services.find((s) => s.id === 1)!.waiting === 1, 'the first ticket');

      await hub.close();
      await until(() => status === 'offline', 'offline');

      await hub.restart();
      // Changes made right after the return must reach the screen too.
      await issue(1);
      await issue(2);
      await until(
        () =>
          status === 'online' &&
          state!.services.find((s) => s.id === 1)!.waiting === 2 &&
          state!.services.find((s) => s.id === 2)!.waiting === 1,
        'back online with the changes made after the return',
      );
      expect(state!.version).toBe(hub.hub.queue.log.latestVersion());
      // One socket per screen: the hub sees exactly one client.
      expect(hub.hub.io.engine.clientsCount).toBe(1);
    } finally {
      conn.close();
    }
  }, 45_000);

  it('tells history from news after a reconnect: what the hub replays, and a call made the moment it is back', async () => {
    let state: LiveState<PublicTicket> | null = null;
    let status: LinkStatus = 'connecting';
    let whenOnline: (() => void) | null = null;
    const heard: Array<{ number: string | undefined; replayed: boolean }> = [];
    const conn = connectLive({
      role: 'display',
      url: hub.url,
      onState: (s) => (state = s),
      onStatus: (s) => {
        status = s;
        if (s === 'online') whenOnline?.();
      },
      onEvent: (e, replayed) => heard.push({ number: e.ticket?.number, replayed }),
    });
    try {
      await until(() => status === 'online' && state !== null, 'online with a state');
      await hub.close();
      await until(() => status === 'offline', 'offline');
      // Made while the screen hears nothing: it comes back as a replay.
      const db = openDatabase(hub.dataDir);
      const missed = new Queue({ db, clock: systemClock, timeZone: 'Asia/Bangkok' }).issue({ serviceId: 3 }).ticket;
      db.close();
      // Made in the very moment the screen is back (its connect handler): news, however soon.
      let live: string | null = null;
      whenOnline = () => {
        whenOnline = null;
        live = hub.hub.queue.issue({ serviceId: 3 }).ticket.number;
      };
      await hub.restart();
      await until(() => heard.length === 2, 'the replayed event and the live one');
      expect(heard).toEqual([
        { number: missed.number, replayed: true },
        { number: live, replayed: false },
      ]);
    } finally {
      conn.close();
    }
  }, 45_000);
});
