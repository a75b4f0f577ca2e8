// Links in mails and LINE Login's redirect come only from OSS_PUBLIC_URL, never from the request's
// Host header (an attacker's Host would put their site in the victim's reset mail). Without it the
// hub sends no reset link (the answer stays 202, the same for every address), LINE Login is not
// offered and its start is refused, the admin's settings page says why, and the log says it once.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorBody, SettingsResponse } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startFakeLineLogin, type FakeLineLogin } from '../../../test/support/fake-line-login.js';
import { spawnHub, waitForExit, type HubProcess } from '../../../test/support/hub-process.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { mailText, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { CitizenClient, makeCid } from './portal-kit.js';

const PUBLIC = 'https://oss.example.go.th';
const NOTICE = 'OSS_PUBLIC_URL is not set';

let sink: SmtpSink;
let fake: FakeLineLogin;
let bare: TestHub;
let published: TestHub;

beforeAll(async () => {
  sink = await startSmtpSink();
  fake = await startFakeLineLogin();
  const { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } = fake;
  const common = {
    seed: 'demo' as const,
    mail: { smtpUrl: sink.url, from: 'oss@example.go.th' },
    portal: { lineLogin: { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } },
  };
  bare = await startTestHub(common);
  published = await startTestHub({ ...common, publicUrl: PUBLIC });
});
afterAll(async () => {
  await bare.dispose();
  await published.dispose();
  await sink.close();
  await fake.close();
});

/** A request with a Host header of the caller's choosing (fetch does not let one set Host). */
function withHost(
  hub: TestHub,
  method: string,
  path: string,
  host: string,
  body?: unknown,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: unknown }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: hub.port,
        method,
        path: `/api/v1${path}`,
        headers: { host, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            // Not JSON (a redirect's empty body).
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function adminSettings(hub: TestHub): Promise<SettingsResponse> {
  const res = await fetch(`${hub.url}/api/v1/admin/settings`, { headers: { authorization: `Bearer ${await hub.login()}` } });
  expect(res.status).toBe(200);
  return SettingsResponse.parse(await res.json());
}

describe('without OSS_PUBLIC_URL', () => {
  it('answers a reset request as usual but mails no link, whatever the Host header says', async () => {
    const victim = new CitizenClient(bare);
    await victim.register({ username: 'victim', email: 'victim@example.com', citizenId: makeCid('110000000001') });
    const before = sink.messages.length;

    const forged = await withHost(bare, 'POST', '/citizens/password-reset', 'evil.example', { email: 'victim@example.com' });
    const unknown = await withHost(bare, 'POST', '/citizens/password-reset', 'evil.example', { email: 'nobody@example.com' });
    expect(forged.status).toBe(202);
    expect(forged.json).toEqual(unknown.json);
    await bare.hub.portal.reset.settle();
    expect(sink.messages.slice(before)).toEqual([]);
    // No link was made at all: nothing to use later either.
    expect(bare.db.prepare('SELECT COUNT(*) AS n FROM password_resets').get()).toEqual({ n: 0 });
  });

  it('does not offer LINE Login, and refuses to start it with 409 public-url-not-set', async () => {
    const info = await fetch(`${bare.url}/api/v1/citizens/portal-info`);
    expect(await info.json()).toEqual({ lineLogin: false });
    const start = await withHost(bare, 'GET', '/citizens/line-login', 'evil.example');
    expect(start.status).toBe(409);
    expect(ErrorBody.parse(start.json).error.code).toBe('public-url-not-set');
    expect(start.headers.location).toBeUndefined();
    expect(start.headers['set-cookie']).toBeUndefined();
  });

  it('tells the admin on the settings page', async () => {
    expect((await adminSettings(bare)).publicUrl).toBeNull();
  });

  it('says so once in the log at start', async () => {
    let hub: HubProcess | undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'oss-public-url-'));
    try {
      hub = await spawnHub({ OSS_DATA_DIR: dataDir, OSS_SEED: 'none' });
      const health = await fetch(`${hub.url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(hub.output().split(NOTICE).length - 1).toBe(1);
    } finally {
      if (hub && hub.child.exitCode === null) {
        hub.child.kill('SIGTERM');
        await waitForExit(hub.child);
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('with OSS_PUBLIC_URL', () => {
  it('takes only an http(s) address', () => {
    expect(loadConfig({ OSS_PUBLIC_URL: PUBLIC }).publicUrl).toBe(PUBLIC);
    for (const bad of ['javascript:alert(1)', 'ftp://oss.example.go.th', 'oss.example.go.th']) {
      expect(() => loadConfig({ OSS_PUBLIC_URL: bad }), bad).toThrow(/OSS_PUBLIC_URL/);
    }
  });

  it('builds the reset link from it, not from the Host header', async () => {
    const victim = new CitizenClient(published);
    await victim.register({ username: 'victim', email: 'victim@example.com', citizenId: makeCid('110000000002') });
    const before = sink.messages.length;
    const forged = await withHost(published, 'POST', '/citizens/password-reset', 'evil.example', { email: 'victim@example.com' });
    expect(forged.status).toBe(202);
    await published.hub.portal.reset.settle();
    const mails = await sink.waitFor(before + 1);
    const text = mailText(mails[before]!.raw);
    expect(text).toMatch(new RegExp(`${PUBLIC.replaceAll('.', '\\.')}/portal/reset\\?token=[A-Za-z0-9_-]+`));
    expect(text).not.toContain('evil.example');
  });

  it("sends LINE Login's redirect_uri from it, not from the Host header", async () => {
    const start = await withHost(published, 'GET', '/citizens/line-login', 'evil.example');
    expect(start.status).toBe(302);
    const authorize = new URL(String(start.headers.location));
    expect(authorize.origin).toBe(fake.base);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${PUBLIC}/api/v1/citizens/line-login/callback`);
    const info = await fetch(`${published.url}/api/v1/citizens/portal-info`);
    expect(await info.json()).toEqual({ lineLogin: true });
    expect((await adminSettings(published)).publicUrl).toBe(PUBLIC);
  });
});
