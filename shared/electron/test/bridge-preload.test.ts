// The bridge travels main → argv → preload → `window.ossShell`. The preloads are run the way a
// sandboxed renderer runs them: as CommonJS in a fresh V8 context whose require() knows only
// 'electron' (a stub recording exposeInMainWorld and the IPC calls), with `process.argv` as main
// would set it. Every app's preload is bundled by esbuild with the shared one
// (src/preload/), checked from source with the build's own options and as built.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadBuildOptions } from '../../../build/preload.js';
import {
  BRIDGE_ARG_PREFIX,
  BRIDGE_GLOBAL,
  SHELL_APPS,
  createBridge,
  decodeBridgeArg,
  encodeBridgeArg,
  type ShellApp,
  type ShellBridge,
} from '../src/bridge.js';
import { DEVICE_CHANNELS } from '../src/channels.js';
import type { ShellDevices } from '../../src/shell-bridge.js';

const root = new URL('../../../', import.meta.url);
const preloadBuilt = (app: ShellApp) => fileURLToPath(new URL(`${app}/dist/electron/preload.cjs`, root));

function bridgeFor(app: ShellApp): ShellBridge {
  return createBridge({ app, version: '1.2.3', hubUrl: 'http://10.0.0.5:8080', platform: 'win32' });
}

/** Bundles a preload as the build does (build/preload.ts), in memory. */
function compile(app: ShellApp): string {
  const result = buildSync({ ...preloadBuildOptions(app), write: false, logLevel: 'silent' });
  return result.outputFiles[0]?.text ?? '';
}

interface Exposure {
  readonly calls: unknown[][];
  readonly required: string[];
  /** ipcRenderer calls: [method, channel, ...args]. */
  readonly ipc: unknown[][];
  /** Delivers a main → renderer message to the preload's listeners. */
  emit(channel: string, payload: unknown): void;
}

/** Runs CommonJS preload code as Electron's sandboxed preload wrapper does. */
function runSandboxed(code: string, argv: string[]): Exposure {
  const calls: unknown[][] = [];
  const required: string[] = [];
  const ipc: unknown[][] = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      ipc.push(['invoke', channel, ...args]);
      return Promise.resolve(`answer:${channel}`);
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      ipc.push(['on', channel]);
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      ipc.push(['removeListener', channel]);
      listeners.get(channel)?.delete(listener);
    },
  };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') {
      return { contextBridge: { exposeInMainWorld: (...args: unknown[]) => calls.push(args) }, ipcRenderer };
    }
    throw new Error(`module not found in a sandboxed preload: ${id}`);
  };
  const wrapper: unknown = vm.runInNewContext(`(function (require, process, exports, module) {\n${code}\n})`, {});
  if (typeof wrapper !== 'function') throw new Error('wrapper did not compile');
  const module = { exports: {} };
  wrapper(sandboxRequire, { argv: ['electron', '--type=renderer', ...argv] }, module.exports, module);
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  };
  return { calls, required, ipc, emit };
}

/** What each preload exposes: the static bridge, and for the kiosk its devices. */
const exposedKeys = (app: ShellApp) => [...(app === 'kiosk' ? ['devices'] : []), 'app', 'hubUrl', 'platform', 'version'].sort();

describe('bridge argument', () => {
  it('round-trips, including characters a command line mangles', () => {
    const bridge = createBridge({
      app: 'display',
      version: '0.1.0-ทดสอบ "quoted" & spaced',
      hubUrl: 'https://oss.example.go.th/queue',
      platform: 'linux',
    });
    const arg = encodeBridgeArg(bridge);
    expect(arg.startsWith(BRIDGE_ARG_PREFIX)).toBe(true);
    expect(arg).not.toMatch(/[\s"'&]/);
    expect(decodeBridgeArg(['x', arg, '--other'])).toEqual(bridge);
    expect(decodeBridgeArg(['x'])).toBeUndefined();
  });

  it('validates what it decodes and what it builds', () => {
    const arg = (value: unknown) => `${BRIDGE_ARG_PREFIX}${encodeURIComponent(JSON.stringify(value))}`;
    expect(() => decodeBridgeArg([arg({ app: 'admin', version: '1', hubUrl: 'h', platform: 'p' })])).toThrow();
    expect(() => decodeBridgeArg([arg({ ...bridgeFor('kiosk'), secret: 1 })])).toThrow();
    expect(() => createBridge({ app: 'kiosk', version: '', hubUrl: 'h', platform: 'p' })).toThrow();
  });

  it('builds a frozen bridge', () => {
    expect(Object.isFrozen(bridgeFor('counter'))).toBe(true);
  });
});

describe.each(SHELL_APPS)('%s preload', (app) => {
  const bridge = bridgeFor(app);

  it('compiles to CommonJS that requires nothing but electron', () => {
    const code = compile(app);
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(runSandboxed(code, [encodeBridgeArg(bridge)]).required).toEqual(['electron']);
  });

  it('exposes exactly the bridge main encoded, as window.ossShell, once', () => {
    const { calls } = runSandboxed(compile(app), ['--lang=th', encodeBridgeArg(bridge), '--enable-sandbox']);
    expect(calls).toHaveLength(1);
    const [name, exposed] = calls[0] ?? [];
    expect(name).toBe(BRIDGE_GLOBAL);
    expect(name).toBe('ossShell');
    expect(exposed).toMatchObject({ ...bridge });
    expect(Object.keys(exposed as object).sort()).toEqual(exposedKeys(app));
  });

  it('refuses to start without a bridge or with another app’s bridge', () => {
    expect(() => runSandboxed(compile(app), [])).toThrow(/no --oss-shell-bridge= in argv/);
    const other = SHELL_APPS.find((a) => a !== app) ?? 'kiosk';
    expect(() => runSandboxed(compile(app), [encodeBridgeArg(bridgeFor(other))])).toThrow(
      new RegExp(`the ${app} preload got a ${other} bridge`),
    );
  });

  it('behaves the same as built (npm test builds first)', () => {
    expect(existsSync(preloadBuilt(app)), `run npm run build -w ${app} first`).toBe(true);
    const { calls, required } = runSandboxed(readFileSync(preloadBuilt(app), 'utf8'), [encodeBridgeArg(bridge)]);
    expect(required).toEqual(['electron']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe('ossShell');
    expect(calls[0]?.[1]).toMatchObject({ ...bridge });
    expect(Object.keys(calls[0]?.[1] as object).sort()).toEqual(exposedKeys(app));
  });
});

describe('kiosk preload devices', () => {
  for (const [label, code] of [
    ['from source', () => compile('kiosk')],
    ['as built', () => readFileSync(preloadBuilt('kiosk'), 'utf8')],
  ] as const) {
    it(`passes requests and events through the shared channel names (${label})`, async () => {
      const sandbox = runSandboxed(code(), [encodeBridgeArg(bridgeFor('kiosk'))]);
      const devices = (sandbox.calls[0]?.[1] as { devices: ShellDevices }).devices;
      expect(await devices.status()).toBe(`answer:${DEVICE_CHANNELS.status}`);
      expect(await devices.print?.('ABC123')).toBe(`answer:${DEVICE_CHANNELS.print}`);
      const cards: unknown[] = [];
      const scans: unknown[] = [];
      const statuses: unknown[] = [];
      const offCard = devices.onCard((e) => cards.push(e));
      devices.onScan((e) => scans.push(e));
      devices.onStatus((e) => statuses.push(e));
      sandbox.emit(DEVICE_CHANNELS.card, { type: 'removed', reader: 'r' });
      sandbox.emit(DEVICE_CHANNELS.scan, { text: 'OSSB:ABC123', source: 'hid-pos', device: '0c2e:0b61' });
      sandbox.emit(DEVICE_CHANNELS.statusChanged, []);
      offCard();
      sandbox.emit(DEVICE_CHANNELS.card, { type: 'removed', reader: 'r' });
      expect(cards).toEqual([{ type: 'removed', reader: 'r' }]);
      expect(scans).toHaveLength(1);
      expect(statuses).toEqual([[]]);
      expect(sandbox.ipc).toEqual([
        ['invoke', DEVICE_CHANNELS.status],
        ['invoke', DEVICE_CHANNELS.print, 'ABC123'],
        ['on', DEVICE_CHANNELS.card],
        ['on', DEVICE_CHANNELS.scan],
        ['on', DEVICE_CHANNELS.statusChanged],
        ['removeListener', DEVICE_CHANNELS.card],
      ]);
    });
  }
});
