// A hub restart with 50 screens of mixed roles connected (TV boards, kiosks, counter consoles, as
// the real screens connect: shared/client's connectLive). Every screen must come back on its own,
// end at the hub's latest version with the same state as a fresh snapshot, and hold one
// connection only (no duplicate sockets from reconnect loops).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LinkStatus, type LiveConnection } from '@oss/shared/client';
import type { LiveState } from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { until } from '../../../test/support/until.js';
import { call } from './support.js';

interface Screen {
  role: 'display' | 'kiosk' | 'counter';
  state: LiveState | null;
  status: LinkStatus;
  conn: LiveConnection;
}

let hub: TestHub;
let token: string;
const screens: Screen[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.login();
});
afterAll(async () => {
  screens.forEach((s) => s.conn.close());
  await hub.dispose();
});

function open(role: Screen['role']): Screen {
  const screen = { role, state: null, status: 'connecting' } as Omit<Screen, 'conn'> as Screen;
  screen.conn = connectLive({
    role,
    url: hub.url,
    ...(role === 'counter' ? { token } : {}),
    onState: (s) => (screen.state = s),
    onStatus: (s) => (screen.status = s),
  });
  screens.push(screen);
  return screen;
}

const issue = (serviceId: number) => call(hub.url, '/api/v1/tickets', { body: { serviceId } });

/** What a screen shows, reduced to what must match the hub: versions, waiting counts, who is where. */
function view(s: LiveState) {
  return {
    version: s.version,
    businessDay: s.businessDay,
    waiting: s.services.map((x) => [x.id, x.waiting]),
    current: s.counters.map((c) => [c.id, c.current?.number ?? null, c.open]),
    tickets: [...s.tickets.values()].map((t) => [t.id, t.number, t.status]).sort((a, b) => Number(a[0]) - Number(b[0])),
  };
}

describe('a hub restart with 50 screens connected', () => {
  it('brings every screen back in sync, each on a single connection', async () => {
    const roles = ['display', 'kiosk', 'counter'] as const;
    for (let i = 0; i < 50; i++) open(roles[i % 3]!);
    await until(() => screens.every((s) => s.status === 'online' && s.state !== null), 'screens online', 15_000);
    for (const id of [1, 2, 3, 1, 2]) expect((await issue(id)).status).toBe(201);
    expect((await call(hub.url, '/api/v1/counters/1/call-next', { method: 'POST', token })).status).toBe(200);
    const before = hub.hub.queue.log.latestVersion();
    await until(() => screens.every((s) => s.state!.version === before), 'screens at the version', 10_000);

    await hub.close();
    await until(() => screens.every((s) => s.status === 'offline'), 'screens offline', 15_000);
    await hub.restart();
    // Changes right after the return, while the screens are still reconnecting, must reach them too.
    expect((await issue(4)).status).toBe(201);
    expect((await call(hub.url, '/api/v1/counters/2/call-next', { method: 'POST', token })).status).toBe(200);
    expect((await issue(1)).status).toBe(201);
    const latest = hub.hub.queue.log.latestVersion();
    expect(latest).toBeGreaterThan(before);

    await until(
      () => screens.every((s) => s.status === 'online' && s.state!.version === latest),
      'screens back at the latest version',
      15_000,
    );
    const snapshot = hub.hub.queue.snapshot();
    const expected = view({
      ...snapshot,
      tickets: new Map(snapshot.tickets.map((t) => [t.id, t])),
      counters: snapshot.counters,
    } as LiveState);
    for (const s of screens) expect(view(s.state!)).toEqual(expected);
    // One connection per screen: nobody reconnected twice. A second connection has no event to wait
    // for, so a short wait: a stacked reconnect loop would open one within its 0.5–1 s back-off.
    await new Promise((r) => setTimeout(r, 500));
    expect(hub.hub.io.engine.clientsCount).toBe(screens.length);
    expect(hub.hub.io.of('/').sockets.size).toBe(screens.length);
    // Display and kiosk screens still get public fields only.
    for (const s of screens.filter((x) => x.role !== 'counter')) {
      expect(JSON.stringify([...s.state!.tickets.values()])).not.toContain('trackingCode');
    }
  }, 60_000);
});
