// Runs anywhere (browser, renderer, Node): type declarations only, no imports, no values.
// The one definition of what an Electron shell's preload exposes to its renderer as
// `window.ossShell`. The shells (shared/electron) build and validate it; renderers only read it.

/** Which Electron shell hosts a renderer. */
export type ShellApp = 'kiosk' | 'counter' | 'display';

/**
 * What the preload exposes as `window.ossShell`. It is absent in a plain browser, so renderers
 * must treat it as optional and feature-detect. Shell-specific capabilities are optional members,
 * so older shells stay valid.
 */
export interface ShellBridge {
  readonly app: ShellApp;
  /** The shell's version (its package.json), not the hub's. */
  readonly version: string;
  /** The hub base URL the shell was configured with, e.g. `http://10.0.0.5:8080`. */
  readonly hubUrl: string;
  /** Node's `process.platform` of the machine running the shell: `win32`, `linux`, `darwin`. */
  readonly platform: string;
  /** The kiosk's devices (ID card reader, QR scanner, USB printer); only the kiosk shell has them. */
  readonly devices?: ShellDevices;
}

/** The kiosk shell's devices, driven in the main process (shared/electron/src/devices/). */
export interface ShellDevices {
  /** One entry per kind of device the shell looks after (a printer only when one is configured). */
  status(): Promise<DeviceStatus[]>;
  /** Every change of `status()` (hot-plug, a missing driver, pcscd stopping). Returns unsubscribe. */
  onStatus(callback: (statuses: DeviceStatus[]) => void): () => void;
  /** A Thai ID card put into (or taken out of) a PC/SC reader. Returns unsubscribe. */
  onCard(callback: (event: CardEvent) => void): () => void;
  /** A finished scan from a QR/barcode scanner or a keyboard-emulating ID reader. Returns unsubscribe. */
  onScan(callback: (event: ScanEvent) => void): () => void;
  /**
   * Prints a ticket on the kiosk's USB printer: the shell fetches the ticket's ESC/POS bytes from
   * the hub for its printer profile, checks the paper and writes them. `printer-not-configured`
   * means there is no USB printer: print through the hub instead.
   */
  print?(trackingCode: string): Promise<PrintResult>;
}

export type ShellDeviceKind = 'card-reader' | 'scanner' | 'printer';

/**
 * - `ready`: at least one device of the kind is there and open;
 * - `no-device`: the driver works but nothing is plugged in (yet: hot-plug is watched);
 * - `missing-package`: the optional native package could not be loaded (`package` names it);
 * - `error`: something else is in the way (`message` says what, for staff: pcscd not running,
 *   no permission on the device, …).
 */
export type DeviceState = 'ready' | 'no-device' | 'missing-package' | 'error';

export interface DeviceStatus {
  readonly kind: ShellDeviceKind;
  readonly state: DeviceState;
  /** What is connected, as staff would recognise it: reader names, `usb:0416:5011`. */
  readonly name?: string;
  /** For `missing-package`: the npm package that is not installed, e.g. `@pokusew/pcsclite`. */
  readonly package?: string;
  /** A plain English line for staff and the log; the renderer shows its own Thai text. */
  readonly message?: string;
}

/** One name field of the card: Thai `นาย#สมชาย##ใจดี` is prefix, first, middle, last. */
export interface PersonName {
  readonly prefix: string;
  readonly first: string;
  readonly middle: string;
  readonly last: string;
}

/**
 * A date of birth as the card holds it: Buddhist-era year; month and day may be 0 when the
 * registry does not know them (older citizens' cards say only the year).
 */
export interface CardDate {
  readonly yearBE: number;
  readonly month: number;
  readonly day: number;
}

/** What the kiosk reads from a Thai national ID card chip (never the photo or the address). */
export interface ThaiIdCard {
  /** The 13 digits as stored on the chip; the renderer checks the checksum and shows only a mask. */
  readonly citizenId: string;
  readonly thaiName: PersonName;
  readonly englishName: PersonName;
  /** null when the field is blank or unreadable. */
  readonly dateOfBirth: CardDate | null;
}

export type CardErrorCode = 'card-unreadable' | 'not-thai-id';

export type CardEvent =
  | { readonly type: 'inserted'; readonly reader: string; readonly card: ThaiIdCard }
  | { readonly type: 'removed'; readonly reader: string }
  | { readonly type: 'error'; readonly reader: string; readonly code: CardErrorCode; readonly message: string };

export interface ScanEvent {
  /** The decoded text, without the terminating Enter. */
  readonly text: string;
  /** `keyboard`: a keyboard-emulating device (boot reports); `hid-pos`: HID POS usage page 0x8C. */
  readonly source: 'keyboard' | 'hid-pos';
  /** `vid:pid` in hex, for the log and staff. */
  readonly device: string;
}

/** The same codes as the hub's printer (docs/printing.md), plus what only a kiosk can run into. */
export type PrintFailureCode =
  | 'printer-out-of-paper'
  | 'printer-unavailable'
  | 'printer-not-configured'
  /** The ticket's bytes could not be fetched from the hub: not the printer's fault. */
  | 'hub-unreachable';

export type PrintResult =
  | { readonly ok: true; readonly printer: string; readonly warning?: 'printer-paper-low' }
  | { readonly ok: false; readonly printer: string; readonly code: PrintFailureCode; readonly message: string };

/**
 * The global the preload adds. A renderer opts in once, in a `.d.ts` of its own:
 * `declare global { interface Window extends ShellBridgeHost {} }`; kept opt-in so that
 * Node programs importing `@oss/shared` do not get a `Window` type.
 */
export interface ShellBridgeHost {
  readonly ossShell?: ShellBridge;
}
