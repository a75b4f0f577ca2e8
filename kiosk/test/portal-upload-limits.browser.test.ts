// The portal tells the citizen, in Thai and in English, why a file or a new request was refused:
// their document quota is full, they have too many unsent requests, or the office's disk has no
// room (docs/portal.md, "Uploads"). In Chromium against a real hub with small limits and a
// free-space source the test controls. Needs the built app (`npm run build -w kiosk`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitizenClient, makeCid, PDF } from '../../server/test/portal/portal-kit.js';
import type { DiskSpace } from '../../server/src/uploads/disk-space.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { PHONE } from './browser-kit.js';

const GIB = 1024 * 1024 * 1024;
const disk: DiskSpace = { available: 50 * GIB, total: 100 * GIB };
let hub: TestHub;
let browser: Browser;
let citizen: CitizenClient;
let page: Page;

beforeAll(async () => {
  // Room for one small file, two drafts.
  hub = await startTestHub({
    seed: 'demo',
    uploads: { citizenQuotaBytes: PDF.length + 10, maxDraftsPerCitizen: 2 },
    diskSpace: () => ({ ...disk }),
  });
  browser = await launchBrowser();
  citizen = new CitizenClient(hub);
  await citizen.register({ username: 'limits', citizenId: makeCid('700000000001'), password: 'Hv6%qT2n-Rx8#pLw4' });
  const context = await browser.newContext({ viewport: PHONE, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  await context.addCookies([{ name: 'oss_citizen', value: citizen.token, url: hub.url }]);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

const draft = () => citizen.draftRequest();

/** Attaches a file on the request's page and returns the error line's code and its Thai and English text. */
async function attach(requestId: number, name: string, buffer: Buffer): Promise<{ code: string | null; th: string; en: string }> {
  await page.goto(`${hub.url}/portal/requests/${requestId}`);
  await page.getByTestId('lang-th').click();
  await page.getByTestId('attach-files').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  const line = page.getByTestId('portal-error');
  await line.waitFor();
  const th = (await line.textContent()) ?? '';
  await page.getByTestId('lang-en').click();
  const en = (await line.textContent()) ?? '';
  return { code: await line.getAttribute('data-error-code'), th, en };
}

describe('refusals the portal explains', () => {
  it('says the citizen’s document space is full', async () => {
    const id = await draft();
    expect((await citizen.upload(id, 'first.pdf', PDF)).status).toBe(201);
    expect(await attach(id, 'second.pdf', Buffer.concat([PDF, Buffer.from('%2\n')]))).toEqual({
      code: 'quota-exceeded',
      th: expect.stringContaining('พื้นที่เก็บเอกสารของคุณเต็มแล้ว'),
      en: expect.stringContaining('Your space for documents is full'),
    });
  });

  it('says the office cannot take files now when its disk is nearly full', async () => {
    // Free the quota for this one, so the disk is what refuses.
    const [doc] = hub.db.prepare('SELECT id, request_id FROM request_documents').all() as Array<{
      id: number;
      request_id: number;
    }>;
    expect((await citizen.call('DELETE', `/requests/${doc!.request_id}/documents/${doc!.id}`)).status).toBe(200);
    disk.available = 100 * 1024 * 1024;
    expect(await attach(doc!.request_id, 'scan.pdf', PDF)).toEqual({
      code: 'insufficient-storage',
      th: expect.stringContaining('ขณะนี้ระบบรับไฟล์ไม่ได้'),
      en: expect.stringContaining('The office cannot take files right now'),
    });
    disk.available = 50 * GIB;
  });

  it('says there are too many unsent requests', async () => {
    await draft();
    await page.goto(`${hub.url}/portal/requests/new`);
    await page.getByTestId('lang-th').click();
    await page.getByTestId('request-service').selectOption('1');
    await page.getByTestId('request-subject').fill('เรื่องที่สาม');
    await page.getByTestId('contact-none').check();
    await page.getByTestId('request-next').click();
    const line = page.getByTestId('portal-error');
    await line.waitFor();
    expect(await line.getAttribute('data-error-code')).toBe('too-many-drafts');
    expect(await line.textContent()).toContain('คุณมีคำขอที่ยังไม่ส่งครบจำนวนแล้ว');
    await page.getByTestId('lang-en').click();
    expect(await line.textContent()).toContain('You have as many unsent requests as allowed');
  });
});
