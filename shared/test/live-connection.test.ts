import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LinkStatus } from '@oss/shared/client';
import type { LiveState, PublicTicket } from '@oss/shared';
import { startTestHub, type TestHub } from '../../test/support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

/**
 * Waits for the outcome, with a generous limit: a busy machine is slow, not wrong. How soon a
 * screen notices a lost hub and is back in sync is for the benchmark to measure.
 */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

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
    const conn = connectLive<PublicTicket>({
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
});
