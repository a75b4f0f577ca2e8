// The whole office in one Chromium: a citizen takes a ticket at /kiosk, follows it on /t/<code>,
// a clerk calls it at /counter, and the TV at /display shows it — all live, with no reload.
// Needs the built apps (npm test builds first).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

describe('a day at the office, end to end', () => {
  it('takes a ticket at the kiosk, calls it at a counter, and shows it live on the TV and the phone', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const counter = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });

    await display.goto(`${hub.url}/display/`);
    await expect.poll(() => display.getByTestId('link-lost').count(), { timeout: 10_000 }).toBe(0);
    // A mark on the page's window survives only if the page is never reloaded.
    await display.evaluate(() => ((window as unknown as { e2eMark: number }).e2eMark = 42));

    // The citizen: service A (civil registration), elderly priority, get the ticket.
    await kiosk.goto(`${hub.url}/kiosk/`);
    await kiosk.getByTestId('service-A').click();
    await expect.poll(() => kiosk.getByTestId('documents').textContent()).toContain('บัตรประจำตัวประชาชน');
    await kiosk.getByTestId('priority-elderly').click();
    await kiosk.getByTestId('get-ticket').click();
    await expect.poll(() => kiosk.getByTestId('ticket-number').textContent(), { timeout: 10_000 }).toBe('A001');
    const qrText = await kiosk.locator('[data-qr-text]').getAttribute('data-qr-text');
    expect(qrText).toMatch(new RegExp(`^${hub.url}/t/[A-Z0-9]{10}$`));

    // The phone opens the QR's link and sees its place.
    await phone.goto(qrText!);
    await expect.poll(() => phone.getByTestId('track-number').textContent(), { timeout: 10_000 }).toBe('A001');
    await phone.evaluate(() => ((window as unknown as { e2eMark: number }).e2eMark = 7));

    // The clerk signs in at counter 1 and calls the next ticket.
    await counter.goto(`${hub.url}/counter/`);
    await counter.getByTestId('login-username').fill('admin');
    await counter.getByTestId('login-password').fill(hub.adminPassword);
    await counter.getByTestId('login-submit').click();
    await counter.getByTestId('choose-counter-1').click();
    await expect.poll(() => counter.getByTestId('waiting-A001').count(), { timeout: 10_000 }).toBe(1);
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-number').textContent(), { timeout: 10_000 }).toBe('A001');

    // The TV shows it, live, without a reload (how fast is the benchmark's call-to-screen figure).
    await expect.poll(() => display.getByTestId('now-calling-number').textContent(), { timeout: 10_000 }).toBe('A001');
    expect(await display.getByTestId('now-calling-counter').textContent()).toContain('ช่องบริการ 1');
    expect(await display.evaluate(() => (window as unknown as { e2eMark?: number }).e2eMark)).toBe(42);
    // Ticket numbers and counter names only: no tracking code anywhere on the TV.
    expect(await display.content()).not.toContain(qrText!.split('/t/')[1]!);

    // The phone says where to go, also without a reload.
    await expect.poll(() => phone.getByTestId('your-counter').textContent(), { timeout: 10_000 }).toBe('ช่องบริการ 1');
    expect(await phone.getByTestId('track-status').getAttribute('data-status')).toBe('called');
    expect(await phone.evaluate(() => (window as unknown as { e2eMark?: number }).e2eMark)).toBe(7);

    // Served and completed: the phone offers the rating.
    await counter.getByTestId('action-start').click();
    await counter.getByTestId('action-complete').click();
    await expect.poll(() => phone.getByTestId('rating').count(), { timeout: 10_000 }).toBe(1);
  }, 60_000);
});
