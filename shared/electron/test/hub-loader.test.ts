import { describe, expect, it } from 'vitest';
import { classifyLoadError, createHubLoader, isFailedStatus, type LoadOutcome } from '../src/hub-loader.js';
import type { LocalPageKind } from '../src/offline-page.js';

const URL_ = 'http://localhost:8080/kiosk';

/** A hand-driven world: the hub's reachability, a manual clock, a log of what the window showed. */
function world(initial: { up: boolean }) {
  const shown: string[] = [];
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let nextId = 0;
  const hub = { up: initial.up, loadOutcome: undefined as LoadOutcome | undefined };
  let probes = 0;

  const loader = createHubLoader({
    appUrl: URL_,
    retryMs: 5_000,
    load: async (url) => {
      shown.push(`load ${url}`);
      return hub.loadOutcome ?? (hub.up ? 'loaded' : 'failed');
    },
    probe: async () => {
      probes += 1;
      return hub.up;
    },
    showLocalPage: async (kind: LocalPageKind) => {
      shown.push(kind);
    },
    schedule: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return () => timers.delete(id);
    },
  });

  /** Lets pending promises settle. */
  const settle = async () => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  };
  /** Advances the clock, firing due timers in order. */
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      await settle();
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
    await settle();
  };
  return { loader, hub, shown, timers, advance, settle, probes: () => probes };
}

describe('hub loader', () => {
  it('loads the hub page straight away when the hub is up', async () => {
    const w = world({ up: true });
    w.loader.start();
    await w.settle();
    expect(w.shown).toEqual([`load ${URL_}`]);
    expect(w.loader.state).toBe('online');
    expect(w.timers.size).toBe(0);
  });

  it('shows the offline page, probes every retry interval, loads once the hub answers', async () => {
    const w = world({ up: false });
    w.loader.start();
    await w.settle();
    expect(w.shown).toEqual([`load ${URL_}`, 'offline']);
    expect(w.loader.state).toBe('offline');

    await w.advance(4_999);
    expect(w.probes()).toBe(0);
    await w.advance(1);
    expect(w.probes()).toBe(1);
    await w.advance(10_000);
    expect(w.probes()).toBe(3);
    // No reload of the offline page on each failed probe: no flicker.
    expect(w.shown).toEqual([`load ${URL_}`, 'offline']);
    expect(w.timers.size).toBe(1);

    w.hub.up = true;
    await w.advance(5_000);
    expect(w.shown).toEqual([`load ${URL_}`, 'offline', `load ${URL_}`]);
    expect(w.loader.state).toBe('online');
    expect(w.timers.size).toBe(0);
  });

  it('goes back offline if the probe succeeds but the load then fails', async () => {
    const w = world({ up: false });
    w.loader.start();
    await w.settle();
    w.hub.up = true;
    w.hub.loadOutcome = 'failed';
    await w.advance(5_000);
    expect(w.shown).toEqual([`load ${URL_}`, 'offline', `load ${URL_}`, 'offline']);
    expect(w.timers.size).toBe(1);
  });

  it('treats an aborted load (superseded by the page itself) as not a failure', async () => {
    const w = world({ up: true });
    w.hub.loadOutcome = 'aborted';
    w.loader.start();
    await w.settle();
    expect(w.shown).toEqual([`load ${URL_}`]);
    expect(w.loader.state).toBe('online');
  });

  it('reloads after a crash with the given delay', async () => {
    const w = world({ up: true });
    w.loader.start();
    await w.settle();
    w.loader.reloadAfter(2_000, false);
    expect(w.loader.state).toBe('waiting');
    await w.advance(1_999);
    expect(w.shown).toHaveLength(1);
    await w.advance(1);
    expect(w.shown).toEqual([`load ${URL_}`, `load ${URL_}`]);
    expect(w.loader.state).toBe('online');
  });

  it('shows out-of-service during a cooldown and probes before loading', async () => {
    const w = world({ up: true });
    w.loader.start();
    await w.settle();
    w.loader.reloadAfter(300_000, true);
    await w.settle();
    expect(w.shown.at(-1)).toBe('out-of-service');
    await w.advance(300_000);
    expect(w.probes()).toBe(1);
    expect(w.shown.at(-1)).toBe(`load ${URL_}`);
  });

  it('keeps a single timer when a crash reload overlaps an offline retry', async () => {
    const w = world({ up: false });
    w.loader.start();
    await w.settle();
    w.loader.reloadAfter(1_000, false);
    w.loader.reloadAfter(1_000, false);
    expect(w.timers.size).toBe(1);
    await w.advance(1_000);
    expect(w.timers.size).toBe(1); // the offline retry, again
    expect(w.shown.filter((s) => s.startsWith('load'))).toHaveLength(2);
  });

  it('goes offline when the online page fails on its own, and ignores it otherwise', async () => {
    const w = world({ up: true });
    w.loader.pageFailed(); // idle: ignored
    expect(w.shown).toEqual([]);
    w.loader.start();
    await w.settle();
    w.hub.up = false;
    w.loader.pageFailed();
    await w.settle();
    expect(w.shown).toEqual([`load ${URL_}`, 'offline']);
    w.loader.pageFailed(); // already offline: ignored
    await w.settle();
    expect(w.shown).toEqual([`load ${URL_}`, 'offline']);
  });

  it('does nothing more once disposed', async () => {
    const w = world({ up: false });
    w.loader.start();
    await w.settle();
    w.loader.dispose();
    expect(w.timers.size).toBe(0);
    await w.advance(60_000);
    w.loader.reloadAfter(10, false);
    await w.advance(60_000);
    expect(w.shown).toEqual([`load ${URL_}`, 'offline']);
    expect(w.loader.state).toBe('disposed');
  });

  it('ignores a second start', async () => {
    const w = world({ up: true });
    w.loader.start();
    w.loader.start();
    await w.settle();
    expect(w.shown).toHaveLength(1);
  });

  it('classifies Electron load errors and HTTP statuses', () => {
    expect(classifyLoadError(Object.assign(new Error('x'), { code: 'ERR_ABORTED', errno: -3 }))).toBe('aborted');
    expect(classifyLoadError(Object.assign(new Error('x'), { code: 'ERR_CONNECTION_REFUSED', errno: -102 }))).toBe('failed');
    expect(classifyLoadError('weird')).toBe('failed');
    expect(isFailedStatus(200)).toBe(false);
    expect(isFailedStatus(304)).toBe(false);
    expect(isFailedStatus(-1)).toBe(false);
    expect(isFailedStatus(404)).toBe(true);
    expect(isFailedStatus(502)).toBe(true);
  });
});
