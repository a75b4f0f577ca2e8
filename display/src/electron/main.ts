// Main process (Electron). The display shell; the behaviour lives in @oss/shared/electron, and this
// entry point is what hands it Electron.
import { fileURLToPath } from 'node:url';
import electron from 'electron';
import { startShell } from '@oss/shared/electron';

startShell({ electron, app: 'display', preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)) });
