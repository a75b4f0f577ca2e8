// Main process (Electron). The kiosk shell: the behaviour lives in @oss/shared/electron, and the
// kiosk adds its devices (ID card reader, QR scanners, USB printer) to it. This entry point is what
// hands the shell Electron.
import { fileURLToPath } from 'node:url';
import electron from 'electron';
import { startKioskDevices, startShell } from '@oss/shared/electron';

startShell({
  electron,
  app: 'kiosk',
  // Bundled by esbuild (build/preload.ts): the sandboxed preload cannot require our modules.
  preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
  devices: startKioskDevices,
});
