// Main process (pure). The `devices` section of the kiosk's oss-shell.json: which scanners to
// read, whether to watch for ID cards, and the USB printer with its profile. Every field has a
// default, so a kiosk with a PC/SC reader and an HID POS scanner needs no section at all.
import { z } from 'zod';

const hex4 = (what: string) =>
  z
    .string()
    .regex(/^[0-9a-fA-F]{4}$/, `${what}: 4 hex digits as lsusb shows it, e.g. "0c2e"`)
    .transform((h) => parseInt(h, 16));

/**
 * A keyboard-emulating scanner or ID reader must be listed: from its reports alone it cannot be
 * told from a real keyboard, and the kiosk must not read a technician's keyboard as scans.
 */
export const HidDeviceConfigSchema = z.strictObject({
  vendorId: hex4('vendorId'),
  productId: hex4('productId'),
  /** `keyboard`: boot keyboard reports; `pos`: HID POS (usage page 0x8C) scanned data reports. */
  mode: z.enum(['keyboard', 'pos']).default('keyboard'),
});

export const UsbPrinterConfigSchema = z.strictObject({
  /** `auto`: the first USB device of the printer class; or `VID:PID` in hex (lsusb). */
  device: z
    .string()
    .regex(/^(auto|[0-9a-fA-F]{4}:[0-9a-fA-F]{4})$/, 'use "auto" or "VID:PID" in hex, e.g. "0416:5011"')
    .default('auto'),
  /** The hub draws the ticket for this profile (GET …/ticket.escpos?width=&mode=&codepage=). */
  width: z.union([z.literal(576), z.literal(384)]).default(576),
  mode: z.enum(['raster', 'tis620']).default('raster'),
  codePage: z.number().int().min(0).max(255).optional(),
  /** Ask for the paper status (DLE EOT 4) first, when the printer has a way to answer (an IN endpoint). */
  statusCheck: z.boolean().default(true),
  /** Paper nearly out: `warn` prints and alerts the counters, `refuse` treats it as out. */
  nearEnd: z.enum(['warn', 'refuse']).default('warn'),
  statusTimeoutMs: z.number().int().min(50).max(10_000).default(1500),
  writeTimeoutMs: z.number().int().min(500).max(120_000).default(15_000),
});
export type UsbPrinterConfig = z.output<typeof UsbPrinterConfigSchema>;

export const DevicesConfigSchema = z
  .strictObject({
    /** Watch PC/SC readers for Thai ID cards. */
    cardReader: z.boolean().default(true),
    /** Read every HID POS scanner (usage page 0x8C) without listing it. */
    posScanners: z.boolean().default(true),
    /** Keyboard-emulating scanners and ID readers (and HID POS devices with odd descriptors). */
    scanners: z.array(HidDeviceConfigSchema).max(16).default([]),
    /** null: no USB printer, the hub prints (or nobody does). */
    usbPrinter: UsbPrinterConfigSchema.nullable().default(null),
  })
  .prefault({});
export type DevicesConfig = z.output<typeof DevicesConfigSchema>;

export const DEFAULT_DEVICES_CONFIG: DevicesConfig = DevicesConfigSchema.parse(undefined);

/** `0c2e:0b61`, the way lsusb and the log write a device. */
export function vidPid(vendorId: number, productId: number): string {
  const h = (n: number) => n.toString(16).padStart(4, '0');
  return `${h(vendorId)}:${h(productId)}`;
}
