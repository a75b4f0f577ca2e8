// This screen as a paired device (docs/display.md): a pairing code, typed once, becomes a device
// token kept in localStorage; with it the screen reads its settings (GET /devices/me). The last
// settings are kept too, so a TV that starts while the hub is down still shows what it should.
import { DisplaySettings, routes } from '@oss/shared';
import { ApiError, createClient } from '@oss/shared/client';

const TOKEN_KEY = 'oss.display.deviceToken';
const SETTINGS_KEY = 'oss.display.settings';
const NAME_KEY = 'oss.display.deviceName';

export interface Paired {
  name: string;
  settings: DisplaySettings;
}

export type MeResult = { kind: 'ok'; device: Paired } | { kind: 'revoked' } | { kind: 'unreachable' };

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // A locked-down profile: the pairing lasts until the page closes.
  }
}

function storedToken(): string | null {
  return read(TOKEN_KEY);
}

/** The settings last read from the hub, if this screen is paired. */
export function storedDevice(): Paired | null {
  if (!storedToken()) return null;
  try {
    const settings = DisplaySettings.safeParse(JSON.parse(read(SETTINGS_KEY) ?? 'null'));
    return settings.success ? { name: read(NAME_KEY) ?? '', settings: settings.data } : null;
  } catch {
    return null;
  }
}

function remember(device: Paired): void {
  write(SETTINGS_KEY, JSON.stringify(device.settings));
  write(NAME_KEY, device.name);
}

/** Back to an unpaired screen (shows everything, Thai voice). */
export function forgetDevice(): void {
  for (const key of [TOKEN_KEY, SETTINGS_KEY, NAME_KEY]) write(key, null);
}

export class PairingError extends Error {}

export async function pairDevice(code: string): Promise<Paired> {
  const { token, device } = await createClient()
    .call(routes.pairDevice, { body: { code } })
    .catch((err: unknown) => {
      // The hub's own message (or that it cannot be reached), as the pairing screen shows it.
      throw err instanceof ApiError ? new PairingError(err.message) : err;
    });
  if (device.kind !== 'display') throw new PairingError(`That code is for a ${device.kind}, not a display`);
  write(TOKEN_KEY, token);
  const paired = { name: device.name, settings: device.settings };
  remember(paired);
  return paired;
}

export async function fetchMe(): Promise<MeResult> {
  const token = storedToken();
  if (!token) return { kind: 'revoked' };
  const found = await createClient({ token: () => token })
    .call(routes.deviceMe, { cache: 'no-store' })
    .catch((err: unknown) => {
      // An answer that is not a device, or a refused token, ends the pairing; anything else waits.
      const refused = !(err instanceof ApiError) || err.status === 401 || err.status === 404;
      return refused ? ('revoked' as const) : ('unreachable' as const);
    });
  if (typeof found === 'string') return { kind: found };
  if (found.device.kind !== 'display') return { kind: 'revoked' };
  const device = { name: found.device.name, settings: found.device.settings };
  remember(device);
  return { kind: 'ok', device };
}
