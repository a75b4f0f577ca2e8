// Main process (pure). Which of the HID devices node-hid lists the kiosk reads, and how. Decided
// afresh on every poll, so a scanner plugged in later (hot-plug) is picked up.
import type { DevicesConfig } from './device-config.js';
import { vidPid } from './device-config.js';

/** The fields of node-hid's `Device` this needs (hidraw on Linux reports usage pages too). */
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  readonly path?: string | undefined;
  readonly product?: string | undefined;
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
}

type ScanMode = 'keyboard' | 'pos';

export interface ScannerTarget {
  readonly path: string;
  readonly mode: ScanMode;
  /** `0c2e:0b61` */
  readonly device: string;
  /** For the status line: `0c2e:0b61 Honeywell 1450g`. */
  readonly label: string;
}

const HID_POS_USAGE_PAGE = 0x8c;
const GENERIC_DESKTOP = 0x01;
const KEYBOARD_USAGE = 0x06;

/**
 * - HID POS scanners (usage page 0x8C) are read unless `posScanners` is off;
 * - keyboard-emulating devices only when listed by VID:PID, and then only their keyboard
 *   interface (a scanner also exposes e.g. a consumer-control or vendor interface);
 * - a device whose back end reports no usage page is taken as listed.
 */
export function selectScanners(
  devices: readonly HidDeviceInfo[],
  config: Pick<DevicesConfig, 'posScanners' | 'scanners'>,
): ScannerTarget[] {
  const chosen = new Map<string, ScannerTarget>();
  for (const d of devices) {
    if (!d.path || chosen.has(d.path)) continue;
    const listed = config.scanners.find((s) => s.vendorId === d.vendorId && s.productId === d.productId);
    let mode: ScanMode | undefined;
    if (listed) {
      const known = d.usagePage !== undefined && d.usagePage !== 0;
      if (listed.mode === 'keyboard' && (!known || (d.usagePage === GENERIC_DESKTOP && d.usage === KEYBOARD_USAGE)))
        mode = 'keyboard';
      if (listed.mode === 'pos' && (!known || d.usagePage === HID_POS_USAGE_PAGE)) mode = 'pos';
    } else if (config.posScanners && d.usagePage === HID_POS_USAGE_PAGE) {
      mode = 'pos';
    }
    if (mode === undefined) continue;
    const device = vidPid(d.vendorId, d.productId);
    chosen.set(d.path, { path: d.path, mode, device, label: d.product ? `${device} ${d.product}` : device });
  }
  return [...chosen.values()];
}
