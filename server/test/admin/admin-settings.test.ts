// Admin: office settings (secrets are write-only), terms versions and the audit log's paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse, SettingsResponse, Snapshot } from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;

const SECRETS = ['line-token-ABC123', 'line-secret-XYZ789', 'smtps://oss:mail-pass-QQQ@mail.example.go.th:465'];

beforeAll(async () => {
  hub = await startTestHub();
  c = client(hub);
  admin = await hub.login();
});
afterAll(() => hub.dispose());

describe('admin: settings', () => {
  it('starts from the seeded office name, with nothing secret set', async () => {
    const res = await c.api('GET', '/admin/settings', undefined, admin);
    expect(res.body).toEqual({
      office: {
        name: { th: 'ศูนย์บริการประชาชนเทศบาลเมืองมหาสารคาม', en: 'Maha Sarakham Town Municipality Citizen Service Centre' },
        announcement: { th: '', en: '' },
        dayCloseTime: null,
      },
      line: { channelAccessToken: { set: false }, channelSecret: { set: false }, basicId: null },
      mail: { smtpUrl: { set: false }, from: null },
      // OSS_PUBLIC_URL is the environment's, shown read-only (public-url.test.ts).
      publicUrl: null,
    });
  });

  it('stores secrets but never returns them, not even in the audit log', async () => {
    const res = await c.api(
      'PATCH',
      '/admin/settings',
      {
        line: { channelAccessToken: SECRETS[0], channelSecret: SECRETS[1], basicId: '@123abcde' },
        mail: { smtpUrl: SECRETS[2], from: 'OSS <oss@example.go.th>' },
      },
      admin,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      line: { channelAccessToken: { set: true }, channelSecret: { set: true }, basicId: '@123abcde' },
      mail: { smtpUrl: { set: true }, from: 'OSS <oss@example.go.th>' },
    });
    const everything = [
      res.text,
      (await c.api('GET', '/admin/settings', undefined, admin)).text,
      (await c.api('GET', '/admin/audit?limit=200', undefined, admin)).text,
    ];
    for (const text of everything) for (const secret of SECRETS) expect(text).not.toContain(secret);
    // The hub's own code reads them (the LINE and mail modules).
    expect(hub.hub.admin.officeSettings.line()).toMatchObject({ channelAccessToken: SECRETS[0], channelSecret: SECRETS[1] });
    expect(hub.hub.admin.officeSettings.mail().smtpUrl).toBe(SECRETS[2]);
  });

  it('changes only what is given; null clears a secret', async () => {
    const res = await c.api('PATCH', '/admin/settings', { line: { channelSecret: null } }, admin);
    expect((res.body as SettingsResponse).line).toEqual({
      channelAccessToken: { set: true },
      channelSecret: { set: false },
      basicId: '@123abcde',
    });
    expect((res.body as SettingsResponse).mail.smtpUrl).toEqual({ set: true });
  });

  it('puts the office name and ticker on the screens', async () => {
    const v = hub.hub.queue.log.latestVersion();
    const res = await c.api(
      'PATCH',
      '/admin/settings',
      { office: { announcement: { th: 'ปิดปรับปรุงระบบวันเสาร์', en: 'Closed Saturday' }, dayCloseTime: '16:30' } },
      admin,
    );
    expect((res.body as SettingsResponse).office).toMatchObject({
      dayCloseTime: '16:30',
      announcement: { th: 'ปิดปรับปรุงระบบวันเสาร์' },
    });
    expect(hub.hub.queue.log.since(v, 10).map((e) => e.type)).toEqual(['config.changed']);
    const snap: Snapshot = hub.hub.queue.snapshot();
    expect(snap.office.announcement).toEqual({ th: 'ปิดปรับปรุงระบบวันเสาร์', en: 'Closed Saturday' });
  });

  it('refuses bad values', async () => {
    for (const body of [
      { office: { dayCloseTime: '25:00' } },
      { office: { name: { th: '', en: 'x' } } },
      { line: { basicId: 'no-at-sign' } },
      { mail: { smtpUrl: 'http://not-smtp' } },
      { mail: { from: 'not an address' } },
    ]) {
      expect((await c.api('PATCH', '/admin/settings', body, admin)).status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('admin: terms and privacy notice', () => {
  it('has none at first, then the latest version is current', async () => {
    const none = await c.api('GET', '/terms/current');
    expect(none.status).toBe(404);
    expect(c.errorCode(none)).toBe('terms-not-found');
    const v1 = await c.api('POST', '/admin/terms', { text: { th: 'ข้อตกลงฉบับที่ 1', en: 'Terms v1' } }, admin);
    expect(v1.status).toBe(201);
    expect(v1.body.terms).toMatchObject({ version: 1, text: { th: 'ข้อตกลงฉบับที่ 1' } });
    // Long Thai text is fine (beyond the default 64 KiB body limit).
    const long = 'ข้อมูลส่วนบุคคล '.repeat(4000);
    const v2 = await c.api('POST', '/admin/terms', { text: { th: long, en: 'Terms v2' } }, admin);
    expect(v2.status).toBe(201);
    expect((await c.api('GET', '/terms/current')).body.terms).toMatchObject({ version: 2, text: { en: 'Terms v2' } });
    const list = (await c.api('GET', '/admin/terms', undefined, admin)).body.versions as Array<{ version: number }>;
    expect(list.map((t) => t.version)).toEqual([2, 1]);
    expect((await c.api('POST', '/admin/terms', { text: { th: '', en: 'x' } }, admin)).status).toBe(400);
  });
});

describe('admin: audit log', () => {
  it('pages newest first with a cursor, and filters by entity', async () => {
    for (let i = 0; i < 5; i++) await c.api('PATCH', '/admin/services/1', { sortOrder: i }, admin);
    const first = (await c.api('GET', '/admin/audit?limit=3', undefined, admin)).body as AuditResponse;
    expect(first.entries).toHaveLength(3);
    expect(first.entries[0]).toMatchObject({
      entity: 'service',
      action: 'update',
      entityId: '1',
      after: { sortOrder: 4 },
      before: { sortOrder: 3 },
    });
    expect(first.entries[0]!.user).toMatchObject({ displayName: 'ผู้ดูแลระบบ' });
    const ids: number[] = first.entries.map((e) => e.id);
    let cursor = first.nextBefore;
    while (cursor !== null) {
      const page = (await c.api('GET', `/admin/audit?limit=3&before=${cursor}`, undefined, admin)).body as AuditResponse;
      ids.push(...page.entries.map((e) => e.id));
      cursor = page.nextBefore;
    }
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const terms = (await c.api('GET', '/admin/audit?entity=terms', undefined, admin)).body as AuditResponse;
    expect(terms.entries.map((e) => e.after)).toEqual([{ version: 2 }, { version: 1 }]);
    expect(terms.nextBefore).toBeNull();
    expect((await c.api('GET', '/admin/audit?limit=0', undefined, admin)).status).toBe(400);
    expect((await c.api('GET', '/admin/audit?entity=nope', undefined, admin)).status).toBe(400);
  });
});
