// Preload (sandboxed renderer, CommonJS). Exposes the typed bridge as `window.ossShell`.
// A sandboxed preload's require() reaches only 'electron' (and events/timers/url), never our own
// modules, so this file imports nothing else at run time: main hands over the finished bridge in
// argv (shared/electron/src/bridge.ts) and the `typeof` annotations keep both sides in step.
import electron = require('electron');
import type { BRIDGE_ARG_PREFIX, BRIDGE_GLOBAL, ShellBridge } from '@oss/shared/electron';

const prefix: typeof BRIDGE_ARG_PREFIX = '--oss-shell-bridge=';
const globalName: typeof BRIDGE_GLOBAL = 'ossShell';

function readBridge(): ShellBridge {
  const arg = process.argv.find((a) => a.startsWith(prefix));
  if (arg === undefined) throw new Error(`oss-shell preload: no ${prefix} in argv`);
  // Main built and validated this object (zod) a moment ago; here it is only decoded.
  const bridge: ShellBridge = JSON.parse(decodeURIComponent(arg.slice(prefix.length)));
  if (bridge.app !== 'display') throw new Error(`oss-shell preload: the display preload got a ${bridge.app} bridge`);
  return bridge;
}

electron.contextBridge.exposeInMainWorld(globalName, readBridge() satisfies ShellBridge);
