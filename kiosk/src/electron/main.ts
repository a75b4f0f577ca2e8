// Main process (Electron). The kiosk shell: the behaviour lives in @oss/shared/electron, and the
// kiosk adds its devices (ID card reader, QR scanners, USB printer) to it.
import { fileURLToPath } from 'node:url';
import { startKioskDevices, startShell } from '@oss/shared/electron';

startShell({
  app: 'kiosk',
  // Bundled by esbuild (kiosk/package.json `build`): the sandboxed preload cannot require our modules.
  preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
  devices: startKioskDevices,
});
