// At OSS_LOG_LEVEL=debug every request is logged with its URL, and URLs carry secrets: tracking
// codes (/t/<code>, /tickets/track/<code>, ?code=), reset tokens (/portal/reset?token=), pairing
// codes (?pair=), LINE Login's code and state, file names (?name=). A hub logging into a captured
// stream goes through all of them; the log shows each request, and none of the secrets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevicePairingResponse, LoginResponse, TermsResponse, TicketResponse } from '@oss/shared';
import { createHub, type Hub } from '../../src/app.js';
import { defaultConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { REDACTED, redactUrl } from '../../src/http/log-redaction.js';
import { mailText, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { makeCid } from '../portal/portal-kit.js';

const dataDir = mkdtempSync(join(tmpdir(), 'oss-log-'));
const lines: string[] = [];
let db: Db;
let hub: Hub;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  db = openDatabase(dataDir);
  const { timeZone, sessionHours } = defaultConfig();
  hub = await createHub({
    db,
    config: {
      timeZone,
      adminPassword: 'test-admin-pass',
      seed: 'demo',
      sessionHours,
      logLevel: 'debug',
      dataDir,
      publicUrl: 'https://oss.example.go.th',
      mail: { smtpUrl: sink.url, from: 'OSS <oss@example.go.th>' },
    },
    logger: { level: 'debug', stream: { write: (line: string) => void lines.push(line) } },
  });
});
afterAll(async () => {
  await hub.close();
  db.close();
  await sink.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Injected = { statusCode: number; json: () => unknown; headers: Record<string, unknown> };
const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) =>
  hub.app.inject({ method, url, headers, ...(payload ? { payload } : {}) }) as Promise<Injected>;

describe('the debug log', () => {
  it('logs every request, with no tracking code, reset token, pairing code or file name', async () => {
    const secrets: string[] = [];

    // A ticket and its tracking code, in every place a URL carries it.
    const issued = await inject('POST', '/api/v1/tickets', { serviceId: 1 });
    const code = TicketResponse.parse(issued.json()).ticket.trackingCode;
    secrets.push(code);
    expect((await inject('GET', `/api/v1/tickets/track/${code}`)).statusCode).toBe(200);
    await inject('GET', `/t/${code}`);
    await inject('GET', `/kiosk/track.html?code=${code}`);
    expect((await inject('POST', `/api/v1/tickets/track/${code}/cancel`, {})).statusCode).toBe(200);

    // A citizen's reset token: the link's page, then the confirmation.
    const { terms } = TermsResponse.parse((await inject('GET', '/api/v1/citizens/terms')).json());
    const registered = await inject('POST', '/api/v1/citizens/register', {
      name: 'สมหญิง รักดี',
      citizenId: makeCid('310170012345'),
      phone: '081-234-5678',
      email: 'somying@example.com',
      address: '27 ถนนผังเมืองบัญชา มหาสารคาม',
      hidePersonal: false,
      username: 'somying',
      password: 'correct horse battery',
      termsVersion: terms.version,
      acceptTerms: true,
    });
    expect(registered.statusCode).toBe(201);
    const cookie = String(registered.headers['set-cookie']).split(';')[0]!;
    expect((await inject('POST', '/api/v1/citizens/password-reset', { email: 'somying@example.com' })).statusCode).toBe(202);
    await hub.portal.reset.settle();
    const [mail] = await sink.waitFor(1);
    const token = /\/portal\/reset\?token=([A-Za-z0-9_-]+)/.exec(mailText(mail!.raw))![1]!;
    secrets.push(token);
    await inject('GET', `/portal/reset?token=${token}`);
    expect(
      (await inject('POST', '/api/v1/citizens/password-reset/confirm', { token, password: 'a new password 42' })).statusCode,
    ).toBe(200);

    // A display's pairing code, LINE Login's code and state, a document's name.
    const login = await inject('POST', '/api/v1/auth/login', { username: 'admin', password: 'test-admin-pass' });
    const admin = LoginResponse.parse(login.json()).token;
    const device = await inject(
      'POST',
      '/api/v1/admin/devices',
      { name: 'TV', kind: 'display' },
      { authorization: `Bearer ${admin}` },
    );
    const pairing = DevicePairingResponse.parse(device.json()).pairingCode;
    secrets.push(pairing);
    await inject('GET', `/display/?pair=${pairing}`);
    secrets.push('line-auth-code-Qx81', 'line-state-Zk29');
    await inject('GET', '/api/v1/citizens/line-login/callback?code=line-auth-code-Qx81&state=line-state-Zk29');
    secrets.push('สมหญิง-บัตรประชาชน');
    await inject('PUT', `/api/v1/requests/1/documents?name=${encodeURIComponent('สมหญิง-บัตรประชาชน')}.pdf`, undefined, { cookie });

    const log = lines.join('');
    // Request logging was on: each request has its line, with its address redacted.
    expect(log).toContain(`/api/v1/tickets/track/${REDACTED}/cancel`);
    expect(log).toContain(`/t/${REDACTED}`);
    expect(log).toContain(`/portal/reset?token=${REDACTED}`);
    expect(log).toContain(`/display/?pair=${REDACTED}`);
    for (const secret of secrets) {
      expect(log.includes(secret), `${secret} in the log`).toBe(false);
      expect(log.includes(encodeURIComponent(secret)), `${secret} (encoded) in the log`).toBe(false);
    }
  });
});

describe('redactUrl', () => {
  it('hides the secret path segments and every query value but a few plain ones', () => {
    expect(redactUrl('/t/ABCDEFGHJK')).toBe(`/t/${REDACTED}`);
    expect(redactUrl('/api/v1/tickets/track/ABCDEFGHJK/rating?x=1')).toBe(
      `/api/v1/tickets/track/${REDACTED}/rating?x=${REDACTED}`,
    );
    expect(redactUrl('/api/v1/feedback?limit=20&before=5')).toBe('/api/v1/feedback?limit=20&before=5');
    expect(redactUrl('/api/v1/bookings/slots?serviceId=3')).toBe('/api/v1/bookings/slots?serviceId=3');
    expect(redactUrl('/portal/reset?token=abc&flag')).toBe(`/portal/reset?token=${REDACTED}&flag`);
    expect(redactUrl('/kiosk/')).toBe('/kiosk/');
  });
});
