import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LinkStatus } from '@oss/shared/client';
import type { LiveState, PublicTicket } from '@oss/shared';
import { startTestHub, type TestHub } from '../../test/support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

async function until(check: () => boolean, ms: number): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}

const issue = (serviceId: number) =>
  fetch(`${hub.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  });

describe('a screen’s live connection', () => {
  it('shows a lost hub within 2 s and is back in sync within 2 s of its return, on one connection', async () => {
    let state: LiveState<PublicTicket> | null = null;
    let status: LinkStatus = 'connecting';
    const conn = connectLive<PublicTicket>({
      role: 'display',
      url: hub.url,
      onState: (s) => (state = s),
      onStatus: (s) => (status = s),
    });
    try {
      await until(() => status === 'online' && state !== null, 3000);
      await issue(1);
      await until(() => state!.services.find((s) => s.id === 1)!.waiting === 1, 2000);

      await hub.close();
      const lostAfter = await until(() => status === 'offline', 2000);
      expect(lostAfter).toBeLessThan(2000);

      await hub.restart();
      // Changes made right after the return must reach the screen too.
      await issue(1);
      await issue(2);
      const backAfter = await until(
        () =>
          status === 'online' &&
          state!.services.find((s) => s.id === 1)!.waiting === 2 &&
          state!.services.find((s) => s.id === 2)!.waiting === 1,
        2000,
      );
      expect(backAfter).toBeLessThan(2000);
      expect(state!.version).toBe(hub.hub.queue.log.latestVersion());
      // One socket per screen: the hub sees exactly one client.
      expect(hub.hub.io.engine.clientsCount).toBe(1);
    } finally {
      conn.close();
    }
  });
});
