// This screen as a paired device (docs/display.md): a pairing code, typed once, becomes a device
// token kept in localStorage; with it the screen reads its settings (GET /devices/me). The last
// settings are kept too, so a TV that starts while the hub is down still shows what it should.
import { API_PREFIX, DevicePairResponse, DeviceResponse, DisplaySettings, ErrorBody } from '@oss/shared';

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
  let res: Response;
  try {
    res = await fetch(`${API_PREFIX}/devices/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    throw new PairingError('The hub cannot be reached');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = ErrorBody.safeParse(body);
    throw new PairingError(error.success ? error.data.error.message : `HTTP ${res.status}`);
  }
  const { token, device } = DevicePairResponse.parse(body);
  if (device.kind !== 'display') throw new PairingError(`That code is for a ${device.kind}, not a display`);
  write(TOKEN_KEY, token);
  const paired = { name: device.name, settings: device.settings };
  remember(paired);
  return paired;
}

export async function fetchMe(): Promise<MeResult> {
  const token = storedToken();
  if (!token) return { kind: 'revoked' };
  let res: Response;
  try {
    res = await fetch(`${API_PREFIX}/devices/me`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (res.status === 401 || res.status === 404) return { kind: 'revoked' };
  if (!res.ok) return { kind: 'unreachable' };
  const parsed = DeviceResponse.safeParse(await res.json().catch(() => null));
  if (!parsed.success || parsed.data.device.kind !== 'display') return { kind: 'revoked' };
  const device = { name: parsed.data.device.name, settings: parsed.data.device.settings };
  remember(device);
  return { kind: 'ok', device };
}
