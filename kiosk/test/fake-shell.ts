// A stand-in for the kiosk shell's bridge (`window.ossShell`), installed before the page's own
// scripts with page.addInitScript, and driven from the test: the devices' statuses, ID card
// events, scans, and what the USB printer answers. It is a plain object: the real bridge comes
// from the preload through contextBridge, with the same shape (shared/src/shell-bridge.ts).
import type { CardEvent, DeviceStatus, PrintResult, ScanEvent } from '@oss/shared';
import type { Page } from 'playwright-core';

export interface FakeShellOptions {
  statuses: DeviceStatus[];
  /** What devices.print answers; null: the shell has no print function (an older shell). */
  print: PrintResult | null;
}

/** Runs in the page (serialised by Playwright): must not refer to anything outside itself. */
function installFakeShell(options: FakeShellOptions): void {
  const listeners = {
    card: new Set<(e: unknown) => void>(),
    scan: new Set<(e: unknown) => void>(),
    status: new Set<(e: unknown) => void>(),
  };
  const on = (set: Set<(e: unknown) => void>) => (callback: (e: never) => void) => {
    const cb = callback as (e: unknown) => void;
    set.add(cb);
    return () => void set.delete(cb);
  };
  const state = { statuses: options.statuses, print: options.print, printed: [] as string[] };
  const devices = {
    status: async () => state.statuses,
    onStatus: on(listeners.status),
    onCard: on(listeners.card),
    onScan: on(listeners.scan),
    ...(options.print
      ? {
          print: async (code: string) => {
            state.printed.push(code);
            return state.print;
          },
        }
      : {}),
  };
  Object.defineProperty(window, 'ossShell', {
    value: Object.freeze({ app: 'kiosk', version: '0.1.0', hubUrl: location.origin, platform: 'linux', devices }),
  });
  Object.defineProperty(window, '__fakeShell', {
    value: {
      card: (e: unknown) => listeners.card.forEach((cb) => cb(e)),
      scan: (e: unknown) => listeners.scan.forEach((cb) => cb(e)),
      status: (s: DeviceStatus[]) => {
        state.statuses = s;
        listeners.status.forEach((cb) => cb(s));
      },
      setPrint: (p: PrintResult) => (state.print = p),
      printed: () => [...state.printed],
    },
  });
}

export async function addFakeShell(page: Page, options: FakeShellOptions): Promise<void> {
  await page.addInitScript(installFakeShell, options);
}

type Control = 'card' | 'scan' | 'status' | 'setPrint' | 'printed';

/** Calls one of the fake shell's controls inside the page. */
async function control(page: Page, name: Control, arg?: unknown): Promise<unknown> {
  return page.evaluate(
    ([n, a]) => {
      const fake: unknown = Reflect.get(window, '__fakeShell');
      const fn: unknown = typeof fake === 'object' && fake !== null ? Reflect.get(fake, n) : undefined;
      if (typeof fn !== 'function') throw new Error(`no fake shell control ${n}`);
      return fn(a) as unknown;
    },
    [name, arg] as const,
  );
}

export const shell = {
  card: (page: Page, event: CardEvent) => control(page, 'card', event),
  scan: (page: Page, event: ScanEvent) => control(page, 'scan', event),
  status: (page: Page, statuses: DeviceStatus[]) => control(page, 'status', statuses),
  setPrint: (page: Page, result: PrintResult) => control(page, 'setPrint', result),
  printed: async (page: Page): Promise<string[]> => {
    const printed = await control(page, 'printed');
    return Array.isArray(printed) ? printed.map(String) : [];
  },
};
