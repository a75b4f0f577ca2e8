// Secrets never reach the log. A real hub process at OSS_LOG_LEVEL=debug (every request logged)
// goes through logins (right and wrong), staff accounts with passwords, device pairing, the LINE
// webhook and pushes against a fake LINE that fails, a settings change carrying new LINE secrets
// and an SMTP URL with a password, and (with the portal) a citizen account and a password reset
// whose mail cannot be sent. Then its whole stdout and stderr are searched for every secret.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AdminUserResponse,
  DevicePairingResponse,
  DevicePairResponse,
  LoginResponse,
  TermsResponse,
  TicketResponse,
} from '@oss/shared';
import { startFakeLine, type FakeLine } from '../../../test/support/fake-line.js';
import { spawnHub, waitForExit, type HubProcess } from '../../../test/support/hub-process.js';
import { lineEvent, postWebhook } from '../../../test/support/line-events.js';
import { loadOperations } from './openapi.js';
import { until } from '../../../test/support/until.js';
import { call } from './support.js';

const S = {
  admin: 'Adm1n-Secret-Passw0rd',
  wrong: 'Wr0ng-Guess-Passw0rd',
  lineToken: 'LINE-ACCESS-TOKEN-0123456789',
  lineSecret: 'line-channel-secret-abcdef',
  smtp: 'SmtpEnvPass-8d1e',
  newLineToken: 'NEW-LINE-ACCESS-TOKEN-9876',
  newLineSecret: 'new-line-channel-secret-xyz',
  newSmtp: 'SmtpAdminPass-77aa',
  staff: 'Staff-Initial-Passw0rd',
  staffReset: 'Staff-Reset-Passw0rd',
  citizen: 'Citizen-Passw0rd-42',
};
const found: string[] = [];

const dataDir = mkdtempSync(join(tmpdir(), 'oss-secrets-'));
let hub: HubProcess | undefined;
let fake: FakeLine | undefined;
afterAll(async () => {
  if (hub && hub.child.exitCode === null) {
    hub.child.kill('SIGTERM');
    await waitForExit(hub.child);
  }
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('secrets in the log', () => {
  it('never appear, at debug level, through logins, pairing, LINE, settings and password resets', async () => {
    fake = await startFakeLine({ token: S.lineToken });
    hub = await spawnHub({
      OSS_DATA_DIR: dataDir,
      OSS_LOG_LEVEL: 'debug',
      OSS_ADMIN_PASSWORD: S.admin,
      OSS_LINE_CHANNEL_ACCESS_TOKEN: S.lineToken,
      OSS_LINE_CHANNEL_SECRET: S.lineSecret,
      OSS_LINE_API_BASE: fake.url,
      OSS_SMTP_URL: `smtp://oss:${S.smtp}@127.0.0.1:9`,
      OSS_MAIL_FROM: 'oss@example.go.th',
      // Without it no reset mail is even tried (public-url.test.ts).
      OSS_PUBLIC_URL: 'https://oss.example.go.th',
    });
    const api = (path: string, c: Parameters<typeof call>[2] = {}) => call(hub!.url, `/api/v1${path}`, c);
    const tokenOf = (a: { json: unknown }) => LoginResponse.parse(a.json).token;

    expect((await api('/auth/login', { body: { username: 'admin', password: S.wrong } })).status).toBe(401);
    const admin = tokenOf(await api('/auth/login', { body: { username: 'admin', password: S.admin } }));
    found.push(admin);
    expect((await api('/auth/me', { token: admin })).status).toBe(200);

    const user = await api('/admin/users', {
      token: admin,
      body: { username: 'somchai', displayName: 'สมชาย', role: 'staff', password: S.staff },
    });
    const userId = AdminUserResponse.parse(user.json).user.id;
    expect(
      (await api(`/admin/users/${userId}`, { method: 'PATCH', token: admin, body: { password: S.staffReset } })).status,
    ).toBe(200);
    found.push(tokenOf(await api('/auth/login', { body: { username: 'somchai', password: S.staffReset } })));

    const device = await api('/admin/devices', { token: admin, body: { name: 'Kiosk', kind: 'kiosk' } });
    const code = DevicePairingResponse.parse(device.json).pairingCode;
    const deviceToken = DevicePairResponse.parse((await api('/devices/pair', { body: { code } })).json).token;
    found.push(code, code.replace('-', ''), deviceToken);
    expect((await api('/devices/me', { token: deviceToken })).status).toBe(200);

    // LINE: a citizen links a ticket from the chat (a reply), then LINE fails the pushes.
    const { ticket } = TicketResponse.parse((await api('/tickets', { body: { serviceId: 1 } })).json);
    const link = lineEvent.text('Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', `คิว ${ticket.trackingCode}`);
    expect((await postWebhook(hub.url, S.lineSecret, [link])).status).toBe(200);
    await fake.waitFor(() => fake!.replies.length === 1);
    expect((await postWebhook(hub.url, S.lineSecret, [link], { signature: 'forged' })).status).toBe(401);
    fake.setMode('error500');
    await api('/counters/1/call-next', { method: 'POST', token: admin });
    await until(() => fake!.attempts.length > 0, 'a failed LINE push', 10_000);
    fake.setMode('ok');

    const settings = await api('/admin/settings', {
      method: 'PATCH',
      token: admin,
      body: {
        line: { channelAccessToken: S.newLineToken, channelSecret: S.newLineSecret },
        mail: { smtpUrl: `smtps://oss:${S.newSmtp}@127.0.0.1:9`, from: 'oss@example.go.th' },
      },
    });
    expect(settings.status, settings.text).toBe(200);
    expect(settings.text).not.toContain(S.newLineToken);
    expect((await api('/admin/audit', { token: admin })).text).not.toMatch(new RegExp(`${S.newLineSecret}|${S.newSmtp}`));

    // The portal (when present): an account with a password, and a reset mail that cannot go out.
    const routes = (await loadOperations(hub.url)).map((o) => o.key);
    if (routes.includes('POST /citizens/register')) {
      const { terms } = TermsResponse.parse((await api('/citizens/terms')).json);
      const reg = await api('/citizens/register', {
        body: {
          name: 'มานะ',
          phone: '089-111-2222',
          email: 'mana@example.com',
          address: '-',
          hidePersonal: false,
          citizenId: '1101700230708',
          username: 'mana',
          password: S.citizen,
          termsVersion: terms.version,
          acceptTerms: true,
        },
      });
      expect(reg.status, reg.text).toBe(201);
      const cookie = reg.headers.get('set-cookie');
      if (cookie) found.push(cookie.split(';')[0]!.split('=')[1]!);
      await api('/citizens/login', { body: { username: 'mana', password: S.citizen } });
      await api('/citizens/password-reset', { body: { email: 'mana@example.com' } });
      // The mail goes out in the background, to an SMTP port that refuses it: wait for its line.
      await until(() => hub!.output().includes('password reset mail failed'), 'the reset mail’s failure in the log', 15_000);
    }
    // The relay logs the failed push once LINE's answer is in: wait for that line too.
    await until(() => hub!.output().includes('LINE push failed'), 'the failed push in the log', 15_000);

    const log = hub.output();
    expect(log).toContain('incoming request'); // debug logging was on
    for (const secret of [...Object.values(S), ...found]) expect(log, `the log contains ${secret}`).not.toContain(secret);
    expect(log).not.toMatch(/authorization"?\s*:\s*"?Bearer/i);
  }, 60_000);
});
