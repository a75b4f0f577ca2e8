// The kiosk shell's bridge on `window` (docs/electron-shells.md); absent in a plain browser.
import type { ShellBridgeHost } from '@oss/shared';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Window extends ShellBridgeHost {}
}
