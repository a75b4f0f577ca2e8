// Kiosks and displays: an admin creates one and gets a one-time pairing code; typed on the device,
// the code becomes the device's own token, with which it reads its settings. A new code revokes
// the old token (a lost or replaced device is shut out by re-pairing).
import { randomBytes } from 'node:crypto';
import {
  CODE_ALPHABET,
  DEFAULT_DISPLAY_SETTINGS,
  DEFAULT_KIOSK_SETTINGS,
  DisplaySettings,
  KioskSettings,
  type Device,
  type DeviceCreateBody,
  type DeviceKind,
  type DevicePairingResponse,
  type DevicePairResponse,
  type DevicePatchBody,
  type DeviceSettingsPatch,
} from '@oss/shared';
import type { Actor, AdminDeps } from '../admin/admin-context.js';
import { definedFields } from '../admin/patch.js';
import { hashToken } from '../auth/sessions.js';
import { AppError, notFound } from '../errors.js';
import type { DeviceRecord, DeviceRepo } from './device-repo.js';

// Typed by hand on a kiosk: the shared alphabet, without look-alikes (0/O, 1/I/L).
const CODE_LENGTH = 8;
const PAIRING_CODE_HOURS = 24;
// Writing last_seen_at on every poll would be a write per device per poll for nothing.
const SEEN_RESOLUTION_MS = 60_000;

function newPairingCode(): string {
  let code = '';
  for (const b of randomBytes(CODE_LENGTH)) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Spaces, dashes and case do not matter when the code is typed. */
function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function kioskSettings(stored: unknown): KioskSettings {
  const parsed = KioskSettings.safeParse({ ...DEFAULT_KIOSK_SETTINGS, ...(stored as object) });
  return parsed.success ? parsed.data : DEFAULT_KIOSK_SETTINGS;
}

function displaySettings(stored: unknown): DisplaySettings {
  const parsed = DisplaySettings.safeParse({ ...DEFAULT_DISPLAY_SETTINGS, ...(stored as object) });
  return parsed.success ? parsed.data : DEFAULT_DISPLAY_SETTINGS;
}

function deviceView(d: DeviceRecord): Device {
  const base = {
    id: d.id,
    name: d.name,
    paired: d.paired,
    pairingExpiresAt: iso(d.pairingExpiresAt),
    createdAt: iso(d.createdAt)!,
    pairedAt: iso(d.pairedAt),
    lastSeenAt: iso(d.lastSeenAt),
  };
  return d.kind === 'kiosk'
    ? { ...base, kind: 'kiosk', settings: kioskSettings(d.settings) }
    : { ...base, kind: 'display', settings: displaySettings(d.settings) };
}

export class Devices {
  constructor(private readonly deps: AdminDeps & { devices: DeviceRepo }) {}

  private now(): number {
    return this.deps.clock.now().getTime();
  }

  private byId(id: number): DeviceRecord {
    const d = this.deps.devices.byId(id);
    if (!d) throw notFound('device-not-found', 'Device');
    return d;
  }

  /** The device's settings with a patch merged in, checked against its kind and the setup. */
  private settings(kind: DeviceKind, current: unknown, patch: DeviceSettingsPatch | undefined): KioskSettings | DisplaySettings {
    const base = kind === 'kiosk' ? kioskSettings(current) : displaySettings(current);
    const merged = { ...base, ...definedFields(patch ?? {}) };
    const parsed = kind === 'kiosk' ? KioskSettings.safeParse(merged) : DisplaySettings.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = ['settings', ...(issue?.path ?? [])].join('.');
      throw new AppError(400, 'bad-request', `Invalid body.${where}: ${issue?.message ?? 'bad value'} (for a ${kind})`);
    }
    const { queue } = this.deps;
    const services = new Set(queue.serviceRepo.all().map((s) => s.id));
    const unknownService = parsed.data.serviceIds?.find((id) => !services.has(id));
    if (unknownService !== undefined) throw notFound('service-not-found', `Service ${unknownService}`);
    if ('counterIds' in parsed.data) {
      const counters = new Set(queue.counterRepo.all().map((c) => c.id));
      const unknownCounter = parsed.data.counterIds?.find((id) => !counters.has(id));
      if (unknownCounter !== undefined) throw notFound('counter-not-found', `Counter ${unknownCounter}`);
    }
    return parsed.data;
  }

  list(): Device[] {
    return this.deps.devices.all().map(deviceView);
  }

  get(id: number): Device {
    return deviceView(this.byId(id));
  }

  create(body: DeviceCreateBody, actor: Actor): DevicePairingResponse {
    const { db, devices, audit } = this.deps;
    const settings = this.settings(body.kind, {}, body.settings);
    const code = newPairingCode();
    const now = this.now();
    const expiresAt = now + PAIRING_CODE_HOURS * 3600_000;
    const id = db.transaction(() => {
      const id = devices.insert({
        name: body.name,
        kind: body.kind,
        settings,
        codeHash: hashToken(normalizePairingCode(code)),
        expiresAt,
        now,
      });
      audit.record({
        at: now,
        userId: actor.id,
        entity: 'device',
        entityId: id,
        action: 'create',
        after: deviceView(devices.byId(id)!),
      });
      return id;
    })();
    return { device: this.get(id), pairingCode: code, expiresAt: iso(expiresAt)! };
  }

  update(id: number, patch: DevicePatchBody, actor: Actor): Device {
    const { db, devices, audit } = this.deps;
    const current = this.byId(id);
    const settings = this.settings(current.kind, current.settings, patch.settings);
    db.transaction(() => {
      devices.update(id, patch.name ?? current.name, settings);
      audit.record({
        userId: actor.id,
        entity: 'device',
        entityId: id,
        action: 'update',
        before: deviceView(current),
        after: deviceView(devices.byId(id)!),
      });
    })();
    return this.get(id);
  }

  /** A fresh code, shown once; the device's token (if any) stops working. */
  newPairingCode(id: number, actor: Actor): DevicePairingResponse {
    const { db, devices, audit } = this.deps;
    const current = this.byId(id);
    const code = newPairingCode();
    const now = this.now();
    const expiresAt = now + PAIRING_CODE_HOURS * 3600_000;
    db.transaction(() => {
      devices.setPairingCode(id, hashToken(normalizePairingCode(code)), expiresAt);
      audit.record({
        at: now,
        userId: actor.id,
        entity: 'device',
        entityId: id,
        action: 'pairing-code',
        before: deviceView(current),
        after: deviceView(devices.byId(id)!),
      });
    })();
    return { device: this.get(id), pairingCode: code, expiresAt: iso(expiresAt)! };
  }

  remove(id: number, actor: Actor): void {
    const { db, devices, audit } = this.deps;
    const current = this.byId(id);
    db.transaction(() => {
      devices.delete(id);
      audit.record({ userId: actor.id, entity: 'device', entityId: id, action: 'delete', before: deviceView(current) });
    })();
  }

  /** Trades a valid pairing code for the device's token (shown once; stored as a hash). */
  pair(code: string): DevicePairResponse {
    const { db, devices, audit } = this.deps;
    const now = this.now();
    const device = devices.byPairingCode(hashToken(normalizePairingCode(code)), now);
    if (!device)
      throw new AppError(401, 'invalid-pairing-code', 'That pairing code is wrong, used or expired; ask an admin for a new one');
    const token = randomBytes(32).toString('base64url');
    db.transaction(() => {
      devices.pair(device.id, hashToken(token), now);
      audit.record({
        at: now,
        userId: null,
        entity: 'device',
        entityId: device.id,
        action: 'pair',
        after: deviceView(devices.byId(device.id)!),
      });
    })();
    return { token, device: this.get(device.id) };
  }

  /** The device a bearer token belongs to; notes when it was last seen. */
  authenticate(token: string | undefined): Device {
    const device = token && token.length <= 200 ? this.deps.devices.byToken(hashToken(token)) : undefined;
    if (!device) throw new AppError(401, 'unauthorized', 'Pair this device first (Authorization: Bearer <device token>)');
    const now = this.now();
    if (device.lastSeenAt === null || now - device.lastSeenAt >= SEEN_RESOLUTION_MS) {
      this.deps.devices.seen(device.id, now);
      return deviceView({ ...device, lastSeenAt: now });
    }
    return deviceView(device);
  }
}
