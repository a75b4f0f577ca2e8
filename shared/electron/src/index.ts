// Main process. The shells' public surface: `startShell` for each app's main.ts, and the pure
// pieces for code that extends a shell (the kiosk's devices). Renderers must not import this
// (it is main-process code, with Node); they use the `ShellBridge` type from `@oss/shared`.
export * from './bridge.js';
export * from './channels.js';
export * from './config.js';
export * from './config-file.js';
export * from './crash-policy.js';
export * from './hub-loader.js';
export * from './hub-url.js';
export * from './offline-page.js';
export * from './security.js';
export * from './window-options.js';
export * from './devices/device-config.js';
export * from './devices/device-ipc.js';
export { startKioskDevices, type KioskDeviceDeps } from './devices/kiosk-devices.js';
export { startShell, type StartShellOptions } from './main-process.js';
export type * from './shell-electron.js';
