// Sandboxed preload. What each app's src/electron/preload.ts builds `window.ossShell` from
// (package export `@oss/shared/electron/preload`, bundled from source by build/preload.ts).
export { exposeShellBridge, type ContextBridgeLike } from './expose-bridge.js';
export { createDeviceBridge, type IpcRendererLike } from './device-bridge.js';
