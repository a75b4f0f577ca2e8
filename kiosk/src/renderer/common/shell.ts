// Renderer. The Electron shell's bridge, when the page runs inside the kiosk shell; undefined in a
// plain browser (a tablet, a test, the citizen's phone), where every shell feature is left out.
import type { ShellBridge, ShellDevices } from '@oss/shared';

function shellBridge(): ShellBridge | undefined {
  return window.ossShell;
}

export function shellDevices(): ShellDevices | undefined {
  return shellBridge()?.devices;
}
