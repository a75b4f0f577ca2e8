// The admin pages in Chromium against a real hub: a service, a counter and a staff user made
// through the forms (with the schema's and the hub's refusals shown by the field), the new service
// offered at the kiosk's GET /services; devices, settings, terms and the audit log; and a staff
// user who never gets to see any of it. Needs the built app (`npm run build -w counter`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { hubClient, signInUi } from './ui-support.js';

let hub: TestHub;
let browser: Browser;
let api: ReturnType<typeof hubClient>;
let page: Page;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
  api = hubClient(hub);
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signInUi(page, hub, 'admin', hub.adminPassword);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('admin-services').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

const tab = async (name: string) => {
  await page.getByTestId(`tab-${name}`).click();
  await page.getByTestId(`admin-${name}`).waitFor();
};

describe('admin pages', () => {
  it('creates a service that the kiosk then offers, refusing bad input by field', async () => {
    await page.getByTestId('add-service').click();
    const form = page.getByTestId('service-form');
    // Checked before sending: the code pattern and the empty names.
    await form.getByTestId('service-code').fill('p1');
    await form.getByTestId('service-save').click();
    await form.getByTestId('error-code').filter({ hasText: 'A–Z' }).waitFor();
    await form.getByTestId('error-name.th').filter({ hasText: 'กรุณากรอก' }).waitFor();
    // Refused by the hub: the code belongs to another service.
    await form.getByTestId('service-code').fill('A');
    await form.getByTestId('service-name-th').fill('งานทดสอบระบบ');
    await form.getByTestId('service-name-en').fill('System test');
    await form.getByTestId('add-document').click();
    await form.getByTestId('document-th-0').fill('สำเนาบัตรประชาชน');
    await form.getByTestId('document-en-0').fill('Copy of the ID card');
    await form.getByTestId('service-avg').fill('5');
    await form.getByTestId('service-save').click();
    await form.getByTestId('error-code').filter({ hasText: 'มีงานบริการอื่นใช้อยู่แล้ว' }).waitFor({ timeout: 10_000 });
    await form.getByTestId('service-code').fill('P');
    await form.getByTestId('service-save').click();
    await page.getByTestId('service-row-P').waitFor({ timeout: 10_000 });

    const { body } = await api.call<{
      services: Array<{ code: string; name: { th: string }; documents: Array<{ th: string }> }>;
    }>('GET', '/services');
    const created = body.services.find((s) => s.code === 'P');
    expect(created?.name.th).toBe('งานทดสอบระบบ');
    expect(created?.documents).toEqual([{ th: 'สำเนาบัตรประชาชน', en: 'Copy of the ID card' }]);
  });

  it('creates a counter for the new service with its calling policy', async () => {
    await tab('counters');
    await page.getByTestId('add-counter').click();
    const form = page.getByTestId('counter-form');
    await form.getByTestId('counter-name-th').fill('ช่องบริการ 9');
    await form.getByTestId('counter-name-en').fill('Counter 9');
    await form.getByTestId('counter-service-P').check();
    await form.getByTestId('counter-ratio').fill('1');
    await form.getByTestId('counter-save').click();
    await page.getByTestId('counters-table').getByText('ช่องบริการ 9').waitFor({ timeout: 10_000 });

    const admin = await hub.login();
    const ids = await api.serviceIds();
    const { body } = await api.call<{
      counters: Array<{ names: { th: string }; serviceIds: number[]; normalPerPriority: number }>;
    }>('GET', '/admin/counters', undefined, admin);
    expect(body.counters.find((c) => c.names.th === 'ช่องบริการ 9')).toMatchObject({
      serviceIds: [ids.get('P')],
      normalPerPriority: 1,
    });
  });

  it('creates a staff user and shows the last-admin refusal clearly', async () => {
    await tab('users');
    const form = page.getByTestId('user-form');
    await form.getByTestId('user-username').fill('nok');
    await form.getByTestId('user-display-name').fill('นกน้อย');
    await form.getByTestId('user-password').fill('short');
    await form.getByTestId('user-save').click();
    await form.getByTestId('error-password').filter({ hasText: '8' }).waitFor();
    // Long enough but guessable: the hub refuses it, and the field says how to do better.
    await form.getByTestId('user-password').fill('password123');
    await form.getByTestId('user-save').click();
    await form.getByTestId('error-password').filter({ hasText: 'เดาง่ายเกินไป' }).waitFor({ timeout: 10_000 });
    await form.getByTestId('user-password').fill('nok lantern harbor');
    await form.getByTestId('user-save').click();
    await page.getByTestId('user-row-nok').waitFor({ timeout: 10_000 });

    // The only admin may not deactivate themselves: the row says why.
    await page.getByTestId('toggle-admin').click();
    await page.getByTestId('user-error-admin').filter({ hasText: 'ผู้ดูแลระบบคนสุดท้าย' }).waitFor({ timeout: 10_000 });
  });

  it('shows a new device its pairing code, keeps secrets write-only, publishes terms, lists the audit', async () => {
    await tab('devices');
    await page.getByTestId('device-name').fill('ตู้กดบัตรคิว 1');
    await page.getByTestId('device-save').click();
    const code = (await page.getByTestId('pairing-code').textContent({ timeout: 10_000 })) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // The kiosk's printer: a bad address is refused by the field, a good one is kept.
    await page.getByTestId('devices-table').locator('[data-testid^="edit-device-"]').first().click();
    const settings = page.getByTestId('device-settings-form');
    await settings.getByTestId('device-printer-url').fill('tcp://10.0.0.50');
    await settings.getByTestId('device-settings-save').click();
    await settings.getByTestId('error-settings.printer.url').waitFor();
    await settings.getByTestId('device-printer-url').fill('tcp://10.0.0.50:9100');
    await settings.getByTestId('device-settings-save').click();
    await page.getByTestId('devices-table').getByText('tcp://10.0.0.50:9100').waitFor({ timeout: 10_000 });

    await tab('settings');
    // This hub has no OSS_PUBLIC_URL: the page says what that turns off.
    await page.getByTestId('public-url-missing').filter({ hasText: 'ยังไม่ได้ตั้ง OSS_PUBLIC_URL' }).waitFor();
    expect(await page.getByTestId('public-url-missing').textContent()).toContain('ลิงก์ตั้งรหัสผ่านใหม่');
    await page.getByTestId('secret-state-line-channelAccessToken').filter({ hasText: 'ยังไม่ได้ตั้ง' }).waitFor();
    await page.getByTestId('line-basic-id').fill('bad id');
    await page.getByTestId('secret-line-channelAccessToken').fill('token-from-line-console');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('error-line.basicId').waitFor();
    await page.getByTestId('line-basic-id').fill('@oss1234');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('secret-state-line-channelAccessToken').filter({ hasText: 'ตั้งค่าแล้ว' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('secret-line-channelAccessToken').inputValue()).toBe('');

    await tab('terms');
    await page.getByTestId('terms-th').fill('ข้อตกลงการใช้บริการ ฉบับทดสอบ');
    await page.getByTestId('terms-en').fill('Terms of service, test version');
    await page.getByTestId('terms-save').click();
    await page.getByTestId('terms-1').waitFor({ timeout: 10_000 });

    await tab('audit');
    await page.getByTestId('audit-row').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(4);
    expect(await page.getByTestId('audit-table').textContent()).not.toContain('token-from-line-console');
  });

  it('keeps the admin and report pages from a staff user', async () => {
    const staff = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signInUi(staff, hub, 'nok', 'nok lantern harbor');
    await staff.getByTestId('choose-counter-1').waitFor({ timeout: 10_000 });
    expect(await staff.getByTestId('nav-admin').count()).toBe(0);
    expect(await staff.getByTestId('nav-reports').count()).toBe(0);
    await staff.evaluate(() => (window.location.hash = '#/admin/users'));
    await staff.getByTestId('not-allowed').waitFor({ timeout: 10_000 });
    expect(await staff.getByTestId('users-table').count()).toBe(0);
    await staff.evaluate(() => (window.location.hash = '#/reports'));
    await staff.getByTestId('page-reports').getByTestId('not-allowed').waitFor({ timeout: 10_000 });
    // And the hub refuses anyway.
    const token = await hub.login('nok', 'nok lantern harbor');
    expect((await api.call('GET', '/admin/users', undefined, token)).status).toBe(403);
    await staff.context().close();
  });
});
