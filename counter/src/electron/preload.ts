// Preload (sandboxed renderer): the counter's `window.ossShell`. The bridge itself is
// shared/electron/src/preload/; build/preload.ts bundles it with this file into
// dist/electron/preload.cjs, which requires nothing but 'electron'.
import { contextBridge } from 'electron';
import { exposeShellBridge } from '@oss/shared/electron/preload';

exposeShellBridge(contextBridge, 'counter');
