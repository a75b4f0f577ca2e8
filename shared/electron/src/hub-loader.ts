// Main process (pure: window, network and timers are injected). Gets the hub's page into the
// window and keeps it there across an unreachable hub and renderer crashes.
//
// - start: load the page; if that fails, show the local offline page.
// - while offline: every `retryMs`, probe the page over HTTP and only load it once the probe
//   answers, so the offline page does not flicker through failed loads.
// - after a crash: load again after the crash policy's delay (or show out-of-service first).
// Once the page is up, reconnecting is the renderer's Socket.IO's job, not the shell's.
// One timer at most; every async step checks a generation number so a stale attempt (say a
// retry that overlaps a crash reload) never acts.
import type { LocalPageKind } from './offline-page.js';

export type LoadOutcome = 'loaded' | 'failed' | 'aborted';
export type CancelTimer = () => void;

export interface HubLoaderDeps {
  readonly appUrl: string;
  readonly retryMs: number;
  /** Navigate the window to `url` (main-initiated) and report how it went. */
  load(url: string): Promise<LoadOutcome>;
  /** A cheap reachability check of `url`; true when the hub answers it with a 2xx. */
  probe(url: string): Promise<boolean>;
  showLocalPage(kind: LocalPageKind): Promise<void>;
  schedule(run: () => void, ms: number): CancelTimer;
  log?(message: string): void;
}

export type HubLoaderState = 'idle' | 'loading' | 'online' | 'offline' | 'waiting' | 'disposed';

export interface HubLoader {
  readonly state: HubLoaderState;
  start(): void;
  /** After a renderer crash: load again in `delayMs`, showing out-of-service meanwhile if asked. */
  reloadAfter(delayMs: number, outOfService: boolean): void;
  /** The hub page failed to load by itself (e.g. the renderer reloaded while the hub was down). */
  pageFailed(): void;
  dispose(): void;
}

/** Electron rejects loadURL with an Error whose `code` is Chromium's net error name. */
export function classifyLoadError(err: unknown): Exclude<LoadOutcome, 'loaded'> {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  // ERR_ABORTED: a newer navigation (the page's own redirect, say) replaced ours. Not a failure.
  return code === 'ERR_ABORTED' ? 'aborted' : 'failed';
}

/** An HTTP status on the loaded page that means "the app is not there" (e.g. proxy 502). */
export function isFailedStatus(status: number): boolean {
  return status >= 400;
}

export function createHubLoader(deps: HubLoaderDeps): HubLoader {
  let state: HubLoaderState = 'idle';
  let generation = 0;
  let cancelTimer: CancelTimer | undefined;
  const log = deps.log ?? (() => {});

  function clearTimer(): void {
    cancelTimer?.();
    cancelTimer = undefined;
  }

  /** Starts a new attempt chain; returns its generation. */
  function next(): number {
    clearTimer();
    generation += 1;
    return generation;
  }

  function later(ms: number, probeFirst: boolean, my: number): void {
    if (my !== generation) return;
    clearTimer();
    cancelTimer = deps.schedule(() => {
      cancelTimer = undefined;
      void attempt(probeFirst, next());
    }, ms);
  }

  async function goOffline(my: number): Promise<void> {
    if (state !== 'offline') {
      state = 'offline';
      log(`hub unreachable at ${deps.appUrl}; retrying every ${deps.retryMs} ms`);
      await deps.showLocalPage('offline');
    }
    later(deps.retryMs, true, my);
  }

  async function attempt(probeFirst: boolean, my: number): Promise<void> {
    if (probeFirst) {
      const reachable = await deps.probe(deps.appUrl).catch(() => false);
      if (my !== generation) return;
      if (!reachable) {
        await goOffline(my);
        return;
      }
    }
    state = 'loading';
    const outcome = await deps.load(deps.appUrl).catch(classifyLoadError);
    if (my !== generation) return;
    if (outcome === 'failed') {
      await goOffline(my);
      return;
    }
    log(`loaded ${deps.appUrl}`);
    state = 'online';
  }

  return {
    get state() {
      return state;
    },
    start() {
      if (state !== 'idle') return;
      void attempt(false, next());
    },
    reloadAfter(delayMs, outOfService) {
      if (state === 'disposed') return;
      const my = next();
      state = 'waiting';
      if (outOfService) {
        // Probe first: the page should not come back into a crash loop before the hub answers.
        void deps.showLocalPage('out-of-service').then(() => later(delayMs, true, my));
      } else {
        later(delayMs, false, my);
      }
    },
    pageFailed() {
      if (state !== 'online') return;
      void goOffline(next());
    },
    dispose() {
      next();
      state = 'disposed';
    },
  };
}
