// Main process (pure: no electron, no Node built-ins). Builds the `window.ossShell` object and
// carries it to the preload.
//
// Why argv and not IPC: a sandboxed preload's require() reaches only 'electron' and a few Node
// built-ins, never our own modules, so the preload cannot share code with main at run time.
// Main passes the finished bridge through `webPreferences.additionalArguments` (appended to the
// renderer's process.argv); the preload decodes it and exposes it. No IPC handler, no sync IPC.
import { z } from 'zod';
import type { ShellApp, ShellBridge } from '../../src/shell-bridge.js';

export type { ShellApp, ShellBridge, ShellBridgeHost } from '../../src/shell-bridge.js';

export const SHELL_APPS = ['kiosk', 'counter', 'display'] as const satisfies readonly ShellApp[];

/** The name under which every preload exposes the bridge: `window.ossShell`. */
export const BRIDGE_GLOBAL = 'ossShell';

/**
 * The renderer argv switch carrying the bridge. Preloads cannot import this value (see above);
 * each declares `const prefix: typeof BRIDGE_ARG_PREFIX = '…'`, so a change here is a compile
 * error there, and test/preload.test.ts round-trips encode → preload.
 */
export const BRIDGE_ARG_PREFIX = '--oss-shell-bridge=';

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
