// Admin: staff accounts (never deleted, never the last admin, passwords reset) and devices
// (pairing codes that work once, tokens that read the device's own settings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUser, AuditResponse, Device, DevicePairingResponse } from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  c = client(hub);
  admin = await hub.login();
});
afterAll(() => hub.dispose());

const lastAudit = async (entity: string) =>
  ((await c.api('GET', `/admin/audit?entity=${entity}&limit=1`, undefined, admin)).body as AuditResponse).entries[0]!;

describe('admin: users', () => {
  let id = 0;

  it('creates a user who can log in; the audit never holds the password', async () => {
    const res = await c.api(
      'POST',
      '/admin/users',
      { username: 'Somsri.K', displayName: 'สมศรี', role: 'staff', password: 'secret-pass-1' },
      admin,
    );
    expect(res.status).toBe(201);
    const user = res.body.user as AdminUser;
    id = user.id;
    expect(user).toMatchObject({ username: 'Somsri.K', displayName: 'สมศรี', role: 'staff', active: true });
    expect(res.text).not.toContain('secret-pass-1');
    expect(res.text).not.toContain('scrypt');
    await hub.login('somsri.k', 'secret-pass-1');
    const audit = await lastAudit('user');
    expect(audit).toMatchObject({ action: 'create', after: { username: 'Somsri.K' } });
    expect(JSON.stringify(audit)).not.toMatch(/secret-pass-1|scrypt|password/i);
  });

  it('refuses a taken username (any case) and bad input', async () => {
    const taken = await c.api(
      'POST',
      '/admin/users',
      { username: 'SOMSRI.K', displayName: 'x', role: 'staff', password: 'another-pass' },
      admin,
    );
    expect(taken.status).toBe(409);
    expect(c.errorCode(taken)).toBe('username-taken');
    for (const body of [
      { username: 'x', displayName: 'x', role: 'staff', password: 'long-enough' },
      { username: 'ok.name', displayName: 'x', role: 'root', password: 'long-enough' },
      { username: 'ok.name', displayName: 'x', role: 'staff', password: 'short' },
      { username: 'ไทย', displayName: 'x', role: 'staff', password: 'long-enough' },
    ]) {
      expect((await c.api('POST', '/admin/users', body, admin)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('resets a password: the old one and the user’s sessions stop working', async () => {
    const session = await hub.login('somsri.k', 'secret-pass-1');
    const res = await c.api('PATCH', `/admin/users/${id}`, { password: 'new-secret-2' }, admin);
    expect(res.status).toBe(200);
    expect((await c.api('GET', '/auth/me', undefined, session)).status).toBe(401);
    await expect(hub.login('somsri.k', 'secret-pass-1')).rejects.toThrow(/401/);
    await hub.login('somsri.k', 'new-secret-2');
    const audit = await lastAudit('user');
    expect(audit).toMatchObject({ action: 'password-reset', after: { passwordChanged: true } });
    expect(JSON.stringify(audit)).not.toContain('new-secret-2');
  });

  it('keeps an admin’s own session when they change their own password', async () => {
    const me = (await c.api('GET', '/auth/me', undefined, admin)).body.user as { id: number };
    const other = await hub.login();
    expect((await c.api('PATCH', `/admin/users/${me.id}`, { password: 'admin-pass-2' }, admin)).status).toBe(200);
    expect((await c.api('GET', '/auth/me', undefined, admin)).status).toBe(200);
    expect((await c.api('GET', '/auth/me', undefined, other)).status).toBe(401);
    await c.api('PATCH', `/admin/users/${me.id}`, { password: hub.adminPassword }, admin);
  });

  it('deactivates instead of deleting, and never leaves the office without an active admin', async () => {
    const session = await hub.login('somsri.k', 'new-secret-2');
    const off = await c.api('PATCH', `/admin/users/${id}`, { active: false }, admin);
    expect(off.body.user).toMatchObject({ active: false });
    expect((await c.api('GET', '/auth/me', undefined, session)).status).toBe(401);
    await expect(hub.login('somsri.k', 'new-secret-2')).rejects.toThrow(/401/);
    expect((await c.api('DELETE', `/admin/users/${id}`, undefined, admin)).status).toBe(404);

    const me = (await c.api('GET', '/auth/me', undefined, admin)).body.user as { id: number };
    for (const patch of [{ active: false }, { role: 'supervisor' }]) {
      const res = await c.api('PATCH', `/admin/users/${me.id}`, patch, admin);
      expect(res.status).toBe(409);
      expect(c.errorCode(res)).toBe('last-admin');
    }
    // With a second admin, the first may step down.
    const second = await c.staffUser(admin, 'admin2', 'admin');
    expect((await c.api('PATCH', `/admin/users/${me.id}`, { role: 'supervisor' }, second.token)).status).toBe(200);
    expect((await c.api('GET', '/admin/users', undefined, admin)).status).toBe(403);
    expect(c.errorCode(await c.api('PATCH', `/admin/users/${second.id}`, { active: false }, second.token))).toBe('last-admin');
    expect((await c.api('PATCH', `/admin/users/${me.id}`, { role: 'admin' }, second.token)).status).toBe(200);
    expect(c.errorCode(await c.api('PATCH', '/admin/users/999', { active: false }, admin))).toBe('user-not-found');
  });
});

describe('admin: devices', () => {
  let kiosk: DevicePairingResponse;

  it('creates a kiosk with a one-time pairing code and validated settings', async () => {
    const res = await c.api(
      'POST',
      '/admin/devices',
      {
        name: 'ตู้ 1',
        kind: 'kiosk',
        settings: {
          printer: { url: 'tcp://10.0.0.50:9100', profile: { width: 384, mode: 'tis620', codePage: 21 } },
          serviceIds: [1, 2],
        },
      },
      admin,
    );
    expect(res.status).toBe(201);
    kiosk = res.body as unknown as DevicePairingResponse;
    expect(kiosk.pairingCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(kiosk.device).toMatchObject({
      kind: 'kiosk',
      paired: false,
      settings: {
        printer: { url: 'tcp://10.0.0.50:9100', profile: { width: 384, mode: 'tis620', codePage: 21 } },
        serviceIds: [1, 2],
        languages: ['th', 'en'],
      },
    });
    expect((await c.api('GET', '/admin/devices', undefined, admin)).text).not.toContain(kiosk.pairingCode);
    expect(JSON.stringify(await lastAudit('device'))).not.toContain(kiosk.pairingCode);
  });

  it('refuses settings of the wrong kind, bad printers and unknown services', async () => {
    const cases: Array<[unknown, number]> = [
      [{ name: 'x', kind: 'kiosk', settings: { voice: true } }, 400],
      [{ name: 'x', kind: 'display', settings: { printer: null } }, 400],
      [{ name: 'x', kind: 'kiosk', settings: { printer: { url: 'http://evil/', profile: {} } } }, 400],
      [{ name: 'x', kind: 'kiosk', settings: { printer: { url: 'tcp://10.0.0.5:99999', profile: {} } } }, 400],
      [{ name: 'x', kind: 'kiosk', settings: { serviceIds: [999] } }, 404],
      [{ name: 'x', kind: 'display', settings: { counterIds: [999] } }, 404],
      [{ name: 'x', kind: 'tv' }, 400],
    ];
    for (const [body, status] of cases)
      expect((await c.api('POST', '/admin/devices', body, admin)).status, JSON.stringify(body)).toBe(status);
  });

  it('pairs once with the code (case and dashes do not matter); the token reads the settings', async () => {
    const typed = kiosk.pairingCode.toLowerCase().replace('-', ' ');
    const paired = await c.api('POST', '/devices/pair', { code: typed });
    expect(paired.status).toBe(200);
    const token = paired.body.token as string;
    expect(paired.body.device).toMatchObject({ id: kiosk.device.id, paired: true, pairingExpiresAt: null });
    const again = await c.api('POST', '/devices/pair', { code: kiosk.pairingCode });
    expect(again.status).toBe(401);
    expect(c.errorCode(again)).toBe('invalid-pairing-code');
    const me = await c.api('GET', '/devices/me', undefined, token);
    expect(me.status).toBe(200);
    expect((me.body.device as Device).settings).toMatchObject({ serviceIds: [1, 2] });
    // A device token is not a staff login, and a staff login is not a device.
    expect((await c.api('GET', '/auth/me', undefined, token)).status).toBe(401);
    expect((await c.api('GET', '/devices/me', undefined, admin)).status).toBe(401);
    expect((await c.api('GET', '/devices/me')).status).toBe(401);

    // Settings changes merge into what the device has and reach it on its next read.
    const patched = await c.api('PATCH', `/admin/devices/${kiosk.device.id}`, { settings: { printer: null } }, admin);
    expect((patched.body.device as Device).settings).toEqual({ printer: null, serviceIds: [1, 2], languages: ['th', 'en'] });
    expect(((await c.api('GET', '/devices/me', undefined, token)).body.device as Device).settings).toMatchObject({
      printer: null,
    });
    expect((await c.api('PATCH', `/admin/devices/${kiosk.device.id}`, { settings: { voice: false } }, admin)).status).toBe(400);

    // A new code shuts the old token out.
    const repair = await c.api('POST', `/admin/devices/${kiosk.device.id}/pairing-code`, undefined, admin);
    expect(repair.body.device).toMatchObject({ paired: false });
    expect((await c.api('GET', '/devices/me', undefined, token)).status).toBe(401);
    const second = await c.api('POST', '/devices/pair', { code: (repair.body as unknown as DevicePairingResponse).pairingCode });
    expect((await c.api('GET', '/devices/me', undefined, second.body.token as string)).status).toBe(200);
  });

  it('expires a pairing code after 24 hours', async () => {
    const res = (
      await c.api(
        'POST',
        '/admin/devices',
        { name: 'จอ 1', kind: 'display', settings: { voice: false, counterIds: [1, 2] } },
        admin,
      )
    ).body as unknown as DevicePairingResponse;
    expect(res.device).toMatchObject({
      kind: 'display',
      settings: { voice: false, counterIds: [1, 2], serviceIds: null, languages: ['th', 'en'] },
    });
    hub.db.prepare('UPDATE devices SET pairing_expires_at = ? WHERE id = ?').run(Date.now() - 1, res.device.id);
    expect(c.errorCode(await c.api('POST', '/devices/pair', { code: res.pairingCode }))).toBe('invalid-pairing-code');
  });

  it('deletes a device, whose token then stops working', async () => {
    const created = (await c.api('POST', '/admin/devices', { name: 'ชั่วคราว', kind: 'display' }, admin))
      .body as unknown as DevicePairingResponse;
    const token = (await c.api('POST', '/devices/pair', { code: created.pairingCode })).body.token as string;
    expect((await c.api('DELETE', `/admin/devices/${created.device.id}`, undefined, admin)).status).toBe(204);
    expect((await c.api('GET', '/devices/me', undefined, token)).status).toBe(401);
    expect(c.errorCode(await c.api('DELETE', `/admin/devices/${created.device.id}`, undefined, admin))).toBe('device-not-found');
  });
});
