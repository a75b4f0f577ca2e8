// Anywhere (constants only, no imports): the names the main process and the bundled preloads
// share. The preloads are bundled with esbuild (build/preload.ts), so they import these values
// instead of repeating them; keep this file free of imports so the bundle stays tiny.

/** The name under which every preload exposes the bridge: `window.ossShell`. */
export const BRIDGE_GLOBAL = 'ossShell';

/**
 * The renderer argv switch carrying the bridge's static fields (bridge.ts encodes it, the preload's
 * preload/expose-bridge.ts decodes it; test/bridge-preload.test.ts round-trips encode → preload).
 */
export const BRIDGE_ARG_PREFIX = '--oss-shell-bridge=';

/** The kiosk's device IPC (devices/device-ipc.ts in main; preload/device-bridge.ts in the preload). */
export const DEVICE_CHANNELS = {
  /** invoke → DeviceStatus[] */
  status: 'oss-devices:status',
  /** main → renderer: DeviceStatus[] after every change */
  statusChanged: 'oss-devices:status-changed',
  /** main → renderer: CardEvent */
  card: 'oss-devices:card',
  /** main → renderer: ScanEvent */
  scan: 'oss-devices:scan',
  /** invoke(trackingCode) → PrintResult */
  print: 'oss-devices:print',
} as const;
