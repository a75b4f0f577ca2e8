// Sandboxed preload (every shell). Exposes the typed bridge as `window.ossShell`. A sandboxed
// preload's require() reaches only 'electron' (and events/timers/url), never our own modules, so
// each app's src/electron/preload.ts is bundled with this file by esbuild (build/preload.ts), and
// this file imports nothing but the import-free channel names: main hands over the finished
// bridge in argv (../bridge.ts) and Electron's contextBridge is passed in.
import type { ShellApp, ShellBridge, ShellDevices } from '../../../src/shell-bridge.js';
import { BRIDGE_ARG_PREFIX, BRIDGE_GLOBAL } from '../channels.js';

/** The part of Electron's contextBridge used here. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

function readBridge(app: ShellApp): ShellBridge {
  const arg = process.argv.find((a) => a.startsWith(BRIDGE_ARG_PREFIX));
  if (arg === undefined) throw new Error(`oss-shell preload: no ${BRIDGE_ARG_PREFIX} in argv`);
  // Main built and validated this object (zod) a moment ago; here it is only decoded.
  const bridge: ShellBridge = JSON.parse(decodeURIComponent(arg.slice(BRIDGE_ARG_PREFIX.length)));
  if (bridge.app !== app) throw new Error(`oss-shell preload: the ${app} preload got a ${bridge.app} bridge`);
  return bridge;
}

/** Exposes `app`'s bridge, with the kiosk's devices when given, once. */
export function exposeShellBridge(contextBridge: ContextBridgeLike, app: ShellApp, devices?: ShellDevices): void {
  const bridge = readBridge(app);
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, (devices ? { ...bridge, devices } : bridge) satisfies ShellBridge);
}
