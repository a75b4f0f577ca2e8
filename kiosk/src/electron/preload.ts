// Preload (sandboxed renderer): the kiosk's `window.ossShell`, with its devices over IPC. The
// bridge and the device calls are shared/electron/src/preload/; build/preload.ts bundles them with
// this file into dist/electron/preload.cjs, which requires nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createDeviceBridge, exposeShellBridge } from '@oss/shared/electron/preload';

exposeShellBridge(contextBridge, 'kiosk', createDeviceBridge(ipcRenderer));
