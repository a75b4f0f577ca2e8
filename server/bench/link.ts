// A lost hub and its return, as the screens see it (docs/design.md §4.4, "Liveness"): screens on
// the screens' own client (connectLive: Socket.IO's reconnection with the product's back-off,
// `since` on reconnect). The hub is frozen (SIGSTOP: a pulled cable, nothing is closed) and each
// screen's time to show "offline" is taken. Then the frozen hub is killed, a new one started on the
// same port and data, a ticket issued as soon as it listens, and each screen's time from the
// new hub's "listening" to being online with that ticket. Bounded: a fixed number of screens, each
// wait at most 15 s, every screen and hub closed at the end.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiveState, PublicTicket } from '@oss/shared';
import { connectLive, type LinkStatus } from '../../shared/client/live.js';
import { percentile } from './load.js';
import { hubArgs, hubEnv } from './office.js';
import { start, type Child } from './processes.js';

export interface LinkFigures {
  p50: number;
  p99: number;
  max: number;
  /** Screens that did not get there within the wait. */
  missed: number;
}

const WAIT_MS = 15_000;

function figures(ms: Array<number | null>): LinkFigures {
  const got = ms.filter((m): m is number => m !== null).sort((a, b) => a - b);
  return { p50: percentile(got, 50), p99: percentile(got, 99), max: got.at(-1) ?? NaN, missed: ms.length - got.length };
}

/** Resolves when `check` passes or WAIT_MS is up (a screen that never gets there counts as missed). */
async function until(check: () => boolean): Promise<void> {
  const end = performance.now() + WAIT_MS;
  while (!check() && performance.now() < end) await new Promise((r) => setTimeout(r, 5));
}

export async function linkLossAndReturn(
  screens: number,
  /** Data directories made here, for the caller to remove. */
  keepDir: (dir: string) => void,
): Promise<{ lost: LinkFigures; back: LinkFigures; screens: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'oss-bench-link-'));
  keepDir(dir);
  const hubs: Child[] = [];
  const screen = Array.from({ length: screens }, () => ({
    status: 'connecting' as LinkStatus,
    state: null as LiveState<PublicTicket> | null,
    offlineAt: null as number | null,
    inStepAt: null as number | null,
  }));
  let watchFor: number | null = null;
  const conns: Array<{ close: () => void }> = [];
  try {
    const first = await start(hubArgs, hubEnv(dir));
    hubs.push(first);
    const port = new URL(first.url).port;
    for (const s of screen) {
      const mark = () => {
        if (s.status === 'offline' && s.offlineAt === null) s.offlineAt = performance.now();
        if (watchFor !== null && s.inStepAt === null && s.status === 'online' && s.state?.tickets.has(watchFor))
          s.inStepAt = performance.now();
      };
      conns.push(
        connectLive({
          role: 'display',
          url: first.url,
          onState: (state) => ((s.state = state), mark()),
          onStatus: (status) => ((s.status = status), mark()),
        }),
      );
    }
    await until(() => screen.every((s) => s.status === 'online' && s.state !== null));

    // The hub goes silent: its sockets stay open, only the heartbeat tells.
    const frozenAt = performance.now();
    first.proc.kill('SIGSTOP');
    await until(() => screen.every((s) => s.offlineAt !== null));
    const lost = figures(screen.map((s) => (s.offlineAt === null ? null : s.offlineAt - frozenAt)));

    const gone = new Promise((r) => first.proc.once('exit', r));
    first.proc.kill('SIGKILL');
    await gone;
    const second = await start(hubArgs, { ...hubEnv(dir), OSS_PORT: port });
    hubs.push(second);
    const backAt = performance.now();
    const issued = await fetch(`${second.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 1 }),
    });
    watchFor = ((await issued.json()) as { ticket?: { id: number } }).ticket?.id ?? null;
    if (watchFor === null) throw new Error(`the returned hub issued no ticket (${issued.status})`);
    screen.forEach((s) => s.state?.tickets.has(watchFor!) && s.status === 'online' && (s.inStepAt = performance.now()));
    await until(() => screen.every((s) => s.inStepAt !== null));
    const back = figures(screen.map((s) => (s.inStepAt === null ? null : s.inStepAt - backAt)));
    return { lost, back, screens };
  } finally {
    conns.forEach((c) => c.close());
    for (const h of hubs) {
      if (h.proc.signalCode === null && h.proc.exitCode === null) h.proc.kill('SIGCONT');
      await h.stop();
    }
  }
}
