// Main process (Electron). The counter shell; the behaviour lives in @oss/shared/electron.
import { fileURLToPath } from 'node:url';
import { startShell } from '@oss/shared/electron';

startShell({ app: 'counter', preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)) });
