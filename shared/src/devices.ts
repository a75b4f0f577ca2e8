// Kiosks and TV displays as the hub knows them (docs/admin-api.md): an admin creates a device with a
// one-time pairing code; the device trades the code for its own token and reads its settings with
// it (GET /devices/me).
import { z } from 'zod';
import { Id } from './domain.js';
import { VoiceSetName } from './voice.js';

export const DeviceKind = z.enum(['kiosk', 'display']);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const ScreenLanguages = z
  .array(z.enum(['th', 'en']))
  .min(1)
  .max(2)
  .refine((l) => new Set(l).size === l.length, 'a language may appear once');

/**
 * Where a kiosk prints: a network printer the hub reaches (`tcp://host:port`, raw ESC/POS, usually
 * port 9100) or the kiosk's own USB printer (`usb`, or `usb:VID:PID` in hex).
 */
export const PrinterUrl = z
  .string()
  .trim()
  .regex(/^(tcp:\/\/[A-Za-z0-9.-]{1,253}:\d{1,5}|usb(:[0-9a-fA-F]{4}:[0-9a-fA-F]{4})?)$/, 'tcp://host:port, usb or usb:VID:PID')
  .refine((url) => {
    const port = /:(\d+)$/.exec(url);
    return !url.startsWith('tcp:') || (port !== null && Number(port[1]) >= 1 && Number(port[1]) <= 65535);
  }, 'the port must be 1–65535');

/**
 * How to talk to the printer, as the printing code's profile (all optional: its defaults are 80 mm
 * raster with a paper check). `printerUrl()` writes it the way OSS_PRINTER takes it.
 */
export const PrinterProfileSettings = z.strictObject({
  /** Dots per line: 576 for 80 mm paper, 384 for 58 mm. */
  width: z.union([z.literal(576), z.literal(384)]).optional(),
  /** `raster`: every line an image (always right); `tis620`: text in the printer's Thai code page. */
  mode: z.enum(['raster', 'tis620']).optional(),
  /** The `ESC t` code page of the printer's TIS-620 table (makers differ). */
  codePage: z.number().int().min(0).max(255).optional(),
  /** Ask for paper status before printing; off for printers that never answer. */
  statusCheck: z.boolean().optional(),
  nearEnd: z.enum(['warn', 'refuse']).optional(),
});
export type PrinterProfileSettings = z.infer<typeof PrinterProfileSettings>;

export const PrinterSettings = z.strictObject({ url: PrinterUrl, profile: PrinterProfileSettings });
export type PrinterSettings = z.infer<typeof PrinterSettings>;

/** The printer as one URL in the OSS_PRINTER form: `tcp://host:9100?width=384&mode=tis620&…`. */
export function printerUrl(p: PrinterSettings): string {
  const { width, mode, codePage, statusCheck, nearEnd } = p.profile;
  const q: string[] = [];
  if (width !== undefined) q.push(`width=${width}`);
  if (mode !== undefined) q.push(`mode=${mode}`);
  if (codePage !== undefined) q.push(`codepage=${codePage}`);
  if (statusCheck !== undefined) q.push(`status=${statusCheck ? 'on' : 'off'}`);
  if (nearEnd !== undefined) q.push(`nearEnd=${nearEnd}`);
  return q.length > 0 ? `${p.url}?${q.join('&')}` : p.url;
}

export const KioskSettings = z.strictObject({
  /** null = no printer: the kiosk shows the number and QR on screen. */
  printer: PrinterSettings.nullable(),
  /** The services it offers, in order; null = every active service. */
  serviceIds: z.array(Id).max(100).nullable(),
  languages: ScreenLanguages,
});
export type KioskSettings = z.infer<typeof KioskSettings>;

export const DisplaySettings = z.strictObject({
  /** The counters it shows calls for; null = all. */
  counterIds: z.array(Id).max(100).nullable(),
  /** The services whose waiting counts it shows; null = all. */
  serviceIds: z.array(Id).max(100).nullable(),
  /** Speak each call aloud. */
  voice: z.boolean(),
  /** Languages of the voice call and the board, in order. */
  languages: ScreenLanguages,
  /** Ticket numbers read digit by digit (A001: "A zero zero one", the default) or as a number ("A one"). */
  voiceNumbers: z.enum(['digits', 'words']).optional(),
  /** Recorded clips (the default) or the browser's speech synthesis when it has a Thai voice. */
  voiceEngine: z.enum(['clips', 'speech']).optional(),
  /** The voice set to play (GET /voice-sets); clips it lacks come from the built-in `default`. */
  voiceSet: VoiceSetName.optional(),
});
export type DisplaySettings = z.infer<typeof DisplaySettings>;

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { printer: null, serviceIds: null, languages: ['th', 'en'] };
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  counterIds: null,
  serviceIds: null,
  voice: true,
  languages: ['th', 'en'],
};

/** Settings to change: fields of the device's kind, merged into what it has. */
export const DeviceSettingsPatch = z.union([KioskSettings.partial(), DisplaySettings.partial()]);
export type DeviceSettingsPatch = z.infer<typeof DeviceSettingsPatch>;

const DeviceBase = z.object({
  id: Id,
  name: z.string(),
  /** Holds a token (it has used a pairing code). */
  paired: z.boolean(),
  /** A pairing code is waiting to be used until this time; null when none. */
  pairingExpiresAt: z.string().nullable(),
  createdAt: z.string(),
  pairedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});

export const Device = z.discriminatedUnion('kind', [
  DeviceBase.extend({ kind: z.literal('kiosk'), settings: KioskSettings }),
  DeviceBase.extend({ kind: z.literal('display'), settings: DisplaySettings }),
]);
export type Device = z.infer<typeof Device>;

export const DeviceCreateBody = z.object({
  name: z.string().trim().min(1).max(100),
  kind: DeviceKind,
  settings: DeviceSettingsPatch.optional(),
});
export type DeviceCreateBody = z.infer<typeof DeviceCreateBody>;

export const DevicePatchBody = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  settings: DeviceSettingsPatch.optional(),
});
export type DevicePatchBody = z.infer<typeof DevicePatchBody>;

export const DeviceResponse = z.object({ device: Device });
export const DevicesResponse = z.object({ devices: z.array(Device) });

/** The code is shown once, to be typed on the device; it works once, for 24 hours. */
export const DevicePairingResponse = z.object({ device: Device, pairingCode: z.string(), expiresAt: z.string() });
export type DevicePairingResponse = z.infer<typeof DevicePairingResponse>;

/** POST /devices/pair. Spaces and dashes in the code are ignored, letters may be lower-case. */
export const DevicePairBody = z.object({ code: z.string().trim().min(4).max(32) });
export type DevicePairBody = z.infer<typeof DevicePairBody>;

/** The device keeps the token and sends it as `Authorization: Bearer <token>` to /devices/me. */
export const DevicePairResponse = z.object({ token: z.string(), device: Device });
export type DevicePairResponse = z.infer<typeof DevicePairResponse>;
