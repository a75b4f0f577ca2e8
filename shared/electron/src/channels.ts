// Anywhere (constants only, no imports): the names the main process and the kiosk's bundled
// preload share. The preload is bundled with esbuild (kiosk/package.json `build`), so it imports
// these values instead of repeating them; keep this file free of imports so the bundle stays tiny.

/** The name under which every preload exposes the bridge: `window.ossShell`. */
export const BRIDGE_GLOBAL = 'ossShell';

/**
 * The renderer argv switch carrying the bridge's static fields. The counter and display preloads
 * are not bundled; they declare `const prefix: typeof BRIDGE_ARG_PREFIX = '…'`, so a change here is
 * a compile error there, and test/bridge-preload.test.ts round-trips encode → preload.
 */
export const BRIDGE_ARG_PREFIX = '--oss-shell-bridge=';

/** The kiosk's device IPC (devices/device-ipc.ts in main; kiosk/src/electron/preload.ts). */
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

export type DeviceChannel = (typeof DEVICE_CHANNELS)[keyof typeof DEVICE_CHANNELS];
