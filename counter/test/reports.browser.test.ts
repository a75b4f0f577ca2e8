// The reports page in Chromium against a day driven through the API at known times (ManualClock):
// the figures on the page are the ones worked out by hand, the date shows in the Buddhist era, and
// the CSV download is the hub's bytes with the UTF-8 BOM. Needs the built app.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDayOf, type ReportSummary } from '@oss/shared';
import { ManualClock } from '../../server/src/clock.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { hubClient, signInUi, textIs } from './ui-support.js';

// Today in Bangkok, so the browser's idea of a session's expiry stays sane; the times are fixed.
const DAY = businessDayOf(new Date(), 'Asia/Bangkok');
const clock = new ManualClock(`${DAY}T07:55:00+07:00`);
const at = (hhmm: string) => clock.set(`${DAY}T${hhmm}:00+07:00`);

let hub: TestHub;
let browser: Browser;
let api: ReturnType<typeof hubClient>;
let page: Page;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo', clock });
  browser = await launchBrowser();
  api = hubClient(hub);
  const admin = await hub.login();
  const ids = await api.serviceIds();
  const ok = async <T>(p: Promise<{ status: number; body: T }>) => {
    const res = await p;
    if (res.status >= 300) throw new Error(`status ${res.status}`);
    return res.body;
  };
  const issue = (code: string) =>
    ok(api.call<{ ticket: { id: number; trackingCode: string } }>('POST', '/tickets', { serviceId: ids.get(code) }));
  const act = (path: string) => ok(api.call<{ ticket: { id: number } }>('POST', path, {}, admin));

  at('08:00');
  const a1 = (await issue('A')).ticket;
  const a2 = (await issue('A')).ticket;
  const b1 = (await issue('B')).ticket;
  at('08:10');
  await act('/counters/1/call-next'); // A001 waited 600 s
  at('08:12');
  await act(`/tickets/${a1.id}/start`);
  at('08:20');
  await act(`/tickets/${a1.id}/complete`); // served 480 s
  at('08:30');
  await act('/counters/1/call-next'); // A002 waited 1800 s
  await act(`/tickets/${a2.id}/no-show`);
  at('09:00');
  await act('/counters/1/call-next'); // B001 waited 3600 s
  await act(`/tickets/${b1.id}/start`);
  at('09:06');
  await act(`/tickets/${b1.id}/complete`); // served 360 s
  const rate = (code: string, score: number, comment: string) =>
    ok(api.call('POST', `/tickets/track/${code}/rating`, { score, comment }));
  await rate(a1.trackingCode, 5, 'บริการรวดเร็ว ขอบคุณค่ะ');
  await rate(b1.trackingCode, 4, '=HYPERLINK("x")');
  at('10:00');

  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  await signInUi(page, hub, 'admin', hub.adminPassword);
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report').waitFor({ timeout: 10_000 });
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

describe('reports page', () => {
  it('shows the figures of the day, as the API has them', async () => {
    await textIs(page, 'total-issued', '3');
    await textIs(page, 'total-served', '2');
    // 1 no-show of 3 called; waits 600, 1800, 3600 s (mean 2000 s, p90 3600 s); service 480 and 360 s.
    await textIs(page, 'total-no-show-rate', '33.3%');
    await textIs(page, 'total-wait', '33.3 นาที');
    await textIs(page, 'total-service-time', '7.0 นาที');
    await textIs(page, 'total-mean-score', '4.50 / 5');
    await textIs(page, 'issued-A', '2');
    await textIs(page, 'served-B', '1');
    expect(await page.getByTestId('comments').textContent()).toContain('บริการรวดเร็ว');

    const token = await hub.login();
    const { body } = await api.call<ReportSummary>('GET', `/reports/summary?from=${DAY}`, undefined, token);
    expect(body.totals).toMatchObject({ issued: 3, served: 2, noShow: 1, called: 3 });
    expect(body.totals.wait).toMatchObject({ meanSeconds: 2000, p90Seconds: 3600 });
    const staffRow = page.getByTestId(`by-staff-${body.byStaff[0]!.staffId}`);
    expect(await staffRow.getByTestId(`staff-served-${body.byStaff[0]!.staffId}`).textContent()).toBe(
      String(body.byStaff[0]!.served),
    );
    // The hour chart is drawn (SVG), with bars for the issuing hour.
    expect(await page.getByTestId('chart-hours').locator('rect.bar-issued').count()).toBeGreaterThan(10);
  });

  it('shows the date in the Buddhist era', async () => {
    const beYear = String(Number(DAY.slice(0, 4)) + 543);
    await textIs(page, 'from-shown', new RegExp(beYear));
    expect(await page.getByTestId('report-period').textContent()).toContain(beYear);
    await page.getByTestId('lang-en').click();
    await textIs(page, 'total-wait', '33.3 min');
    await page.getByTestId('lang-th').click();
  });

  it('refuses a range that ends before it starts, by field', async () => {
    await page.getByTestId('mode-range').click();
    const year = Number(DAY.slice(0, 4));
    await page.getByTestId('to-y').selectOption(String(year - 1));
    await page.getByTestId('to-shown').filter({ hasText: 'วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด' }).waitFor();
    expect(await page.getByTestId('download-csv').isEnabled()).toBe(false);
    await page.getByTestId('quick-today').click();
    await textIs(page, 'total-issued', '3');
  });

  it('downloads the CSV with the UTF-8 byte-order mark', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByTestId('download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`oss-report-${DAY}.csv`);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('บริการรวดเร็ว');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
