// Main process (pure). zod schemas for everything that crosses the kiosk's device IPC: what the
// renderer sends in (a tracking code to print) is parsed before use, and what main sends out is
// parsed before sending, so a device that hands over odd bytes (a damaged card, a scanner gone
// wild) cannot put arbitrary data into the page. Each schema is checked against the bridge types.
import { TrackingCode } from '@oss/shared';
import { z } from 'zod';
import type {
  CardDate,
  CardEvent,
  DeviceStatus,
  PersonName,
  PrintResult,
  ScanEvent,
  ThaiIdCard,
} from '../../../src/shell-bridge.js';

const short = z.string().max(200);

const DeviceStatusSchema = z.strictObject({
  kind: z.enum(['card-reader', 'scanner', 'printer']),
  state: z.enum(['ready', 'no-device', 'missing-package', 'error']),
  name: short.optional(),
  package: short.optional(),
  message: z.string().max(500).optional(),
}) satisfies z.ZodType<DeviceStatus>;

export const DeviceStatusesSchema = z.array(DeviceStatusSchema).max(8);

const PersonNameSchema = z.strictObject({
  prefix: short,
  first: short,
  middle: short,
  last: short,
}) satisfies z.ZodType<PersonName>;

const CardDateSchema = z.strictObject({
  yearBE: z.number().int().min(2400).max(2700),
  month: z.number().int().min(0).max(12),
  day: z.number().int().min(0).max(31),
}) satisfies z.ZodType<CardDate>;

const ThaiIdCardSchema = z.strictObject({
  // Digits only, as read; whether the checksum holds is the renderer's message to show.
  citizenId: z.string().regex(/^\d{0,13}$/),
  thaiName: PersonNameSchema,
  englishName: PersonNameSchema,
  dateOfBirth: CardDateSchema.nullable(),
}) satisfies z.ZodType<ThaiIdCard>;

export const CardEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('inserted'), reader: short, card: ThaiIdCardSchema }),
  z.strictObject({ type: z.literal('removed'), reader: short }),
  z.strictObject({
    type: z.literal('error'),
    reader: short,
    code: z.enum(['card-unreadable', 'not-thai-id']),
    message: z.string().max(500),
  }),
]) satisfies z.ZodType<CardEvent>;

export const ScanEventSchema = z.strictObject({
  // Printable text only: control characters from a misconfigured scanner never reach the page.
  text: z
    .string()
    .min(1)
    .max(1024)
    .regex(/^[^\u0000-\u001f\u007f]+$/),
  source: z.enum(['keyboard', 'hid-pos']),
  device: short,
}) satisfies z.ZodType<ScanEvent>;

export const PrintResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), printer: short, warning: z.literal('printer-paper-low').optional() }),
  z.strictObject({
    ok: z.literal(false),
    printer: short,
    code: z.enum(['printer-out-of-paper', 'printer-unavailable', 'printer-not-configured', 'hub-unreachable']),
    message: z.string().max(500),
  }),
]) satisfies z.ZodType<PrintResult>;

/** The renderer's argument to `devices.print`. */
export const PrintRequestSchema = TrackingCode;
