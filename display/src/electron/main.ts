// Main process (Electron). The display shell; the behaviour lives in @oss/shared/electron.
import { fileURLToPath } from 'node:url';
import { startShell } from '@oss/shared/electron';

startShell({ app: 'display', preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)) });
