// Main process (pure: no electron, no Node built-ins). Builds the `window.ossShell` object and
// carries it to the preload.
//
// Why argv and not IPC: a sandboxed preload's require() reaches only 'electron' and a few Node
// built-ins, never our own modules, so the preload cannot run this code. Main passes the finished
// static fields through `webPreferences.additionalArguments` (appended to the renderer's
// process.argv); the preload decodes and exposes them, with no sync IPC at start-up. Only the
// kiosk's devices, which are live, go over IPC (devices/device-ipc.ts).
import { z } from 'zod';
import type { ShellApp, ShellBridge } from '../../src/shell-bridge.js';
import { BRIDGE_ARG_PREFIX } from './channels.js';

export type { ShellApp, ShellBridge, ShellBridgeHost } from '../../src/shell-bridge.js';

export const SHELL_APPS = ['kiosk', 'counter', 'display'] as const satisfies readonly ShellApp[];

// The argv switch and the global's name live in channels.ts (import-free, so the bundled preloads
// can import them too).
export { BRIDGE_ARG_PREFIX, BRIDGE_GLOBAL } from './channels.js';

export const ShellBridgeSchema = z.strictObject({
  app: z.enum(SHELL_APPS),
  version: z.string().min(1),
  hubUrl: z.string().min(1),
  platform: z.string().min(1),
}) satisfies z.ZodType<ShellBridge>;

export function createBridge(fields: ShellBridge): ShellBridge {
  return Object.freeze(ShellBridgeSchema.parse(fields));
}

/** One argv entry; URI-encoded so quotes, spaces and Thai survive every platform's command line. */
export function encodeBridgeArg(bridge: ShellBridge): string {
  return BRIDGE_ARG_PREFIX + encodeURIComponent(JSON.stringify(ShellBridgeSchema.parse(bridge)));
}

/** The inverse of encodeBridgeArg, validated; undefined when argv carries no bridge. */
export function decodeBridgeArg(argv: readonly string[]): ShellBridge | undefined {
  const arg = argv.find((a) => a.startsWith(BRIDGE_ARG_PREFIX));
  if (arg === undefined) return undefined;
  const json: unknown = JSON.parse(decodeURIComponent(arg.slice(BRIDGE_ARG_PREFIX.length)));
  return ShellBridgeSchema.parse(json);
}
