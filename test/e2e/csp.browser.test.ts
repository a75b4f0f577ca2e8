// The pages work under the hub's Content-Security-Policy (server/src/http/security-headers.ts): in
// Chromium, every page the hub serves (the landing page, the kiosk with its ticket and QR, the
// tracker, the counter console with its report and admin pages, the TV board, the portal's pages)
// renders its main content and keeps its live link, and no CSP violation is reported (a
// `securitypolicyviolation` event or Chromium's "Content Security Policy" console error). Each
// page's answer carries the headers; and a page on another origin cannot frame the console or the
// portal. Needs the built apps (npm test builds first).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { PDF } from '../../server/test/portal/portal-kit.js';
import { launchBrowser } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;
/** Every violation seen, with the page it was seen on. */
const violations: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

/** A fresh page that reports CSP violations into `violations`, opened at `path`. */
async function open(path: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP-VIOLATION ${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('CSP-VIOLATION') || text.includes('Content Security Policy')) violations.push(`${path}: ${text}`);
  });
  const answer = await page.goto(`${hub.url}${path}`);
  const headers = answer!.headers();
  expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], path).toContain("script-src 'self'");
  expect(headers['x-frame-options'], path).toBe('DENY');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('no-referrer');
  return page;
}

function expectNoViolations(where: string): void {
  expect(violations, where).toEqual([]);
}

async function issue(serviceId: number): Promise<Ticket> {
  const res = await fetch(`${hub.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId, channel: 'web' }),
  });
  return ((await res.json()) as { ticket: Ticket }).ticket;
}

describe('every page under the CSP', () => {
  it('the landing page', async () => {
    const page = await open('/');
    await page.locator('a[href="/kiosk/"]').waitFor();
    // Its one inline <style> is allowed by its hash: the links are styled.
    expect(await page.locator('a[href="/kiosk/"]').evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('solid');
    expectNoViolations('landing');
  });

  it('the kiosk: a service, the ticket with its QR, the booking keypad', async () => {
    const page = await open('/kiosk/', { width: 1080, height: 1920 });
    await page.getByTestId('service-A').click();
    await page.getByTestId('get-ticket').click();
    await page.getByTestId('ticket-number').waitFor();
    await page.getByTestId('ticket-qr').waitFor();
    expect(await page.getByTestId('ticket-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const booking = await open('/kiosk/', { width: 1080, height: 1920 });
    await booking.getByTestId('booking-start').click();
    await booking.getByTestId('booking-check-in').waitFor();
    expectNoViolations('kiosk');
  });

  it('the tracker, live', async () => {
    const ticket = await issue(1);
    const page = await open(`/t/${ticket.trackingCode}`, { width: 390, height: 844 });
    await expect.poll(() => page.getByTestId('track-number').textContent()).toBe(ticket.number);
    // A call reaches the phone over the WebSocket.
    const admin = await hub.login();
    await fetch(`${hub.url}/api/v1/counters/1/sign-in`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    const called = await fetch(`${hub.url}/api/v1/counters/1/call`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: ticket.id }),
    });
    expect(called.status).toBe(200);
    await page.getByTestId('your-turn').waitFor();
    const done = await fetch(`${hub.url}/api/v1/tickets/${ticket.id}/complete`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(done.status).toBe(200);
    expectNoViolations('tracker');
  });

  it('the counter console, its reports and every admin page', async () => {
    await issue(1);
    const page = await open('/counter/');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(hub.adminPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('choose-counter-2').click();
    await page.getByTestId('call-next').waitFor();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report').waitFor();
    await page.getByTestId('nav-admin').click();
    for (const section of ['services', 'counters', 'users', 'devices', 'settings', 'terms', 'audit']) {
      await page.getByTestId(`tab-${section}`).click();
      await page.getByTestId(`admin-${section}`).waitFor();
    }
    expectNoViolations('counter');
  });

  it('the TV board, live', async () => {
    const page = await open('/display/', { width: 1920, height: 1080 });
    await page.getByTestId('board').waitFor();
    await expect.poll(() => page.getByTestId('link-lost').count()).toBe(0);
    // A call: the board shows it and says it aloud (the voice clips fetched and played).
    const ticket = await issue(1);
    const admin = await hub.login();
    const called = await fetch(`${hub.url}/api/v1/counters/1/call`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: ticket.id }),
    });
    expect(called.status).toBe(200);
    await expect.poll(() => page.getByTestId('now-calling-number').textContent()).toBe(ticket.number);
    expectNoViolations('display');
  });

  it('the portal: login, registration, home, a new request, feedback, forgot and reset', async () => {
    const page = await open('/portal/', { width: 390, height: 844 });
    await page.getByTestId('login-page').waitFor();
    await page.getByTestId('go-register').click();
    await page.getByTestId('register-page').waitFor();
    await page.getByTestId('reg-name').fill('สมหญิง ทดสอบ');
    await page.getByTestId('reg-cid').fill('1101700230708');
    await page.getByTestId('reg-phone').fill('081-234-5678');
    await page.getByTestId('reg-email').fill('somying@example.com');
    await page.getByTestId('reg-address').fill('1 ถนนนครสวรรค์');
    await page.getByTestId('reg-username').fill('somying');
    await page.getByTestId('reg-password').fill('somying password');
    await page.getByTestId('accept-terms').check();
    await page.getByTestId('reg-submit').click();
    // A request with a document, submitted: the documents editor, then the booking picker.
    const services = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as {
      services: Array<{ id: number; code: string }>;
    };
    await page.getByTestId('new-request').click();
    await page.getByTestId('new-request-page').waitFor();
    await page.getByTestId('request-service').selectOption(String(services.services.find((x) => x.code === 'A')!.id));
    await page.getByTestId('request-subject').fill('ขอคัดสำเนาทะเบียนบ้าน');
    await page.getByTestId('request-details').fill('2 ฉบับ');
    await page.getByTestId('contact-email').check();
    await page.getByTestId('request-next').click();
    await page.getByTestId('attach-files').setInputFiles({ name: 'ทะเบียนบ้าน.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('attached-file').waitFor();
    await page.getByTestId('request-submit').click();
    await page.getByTestId('booking-picker').waitFor();
    for (const [path, testId] of [
      ['/portal/feedback', 'feedback-page'],
      ['/portal/forgot', 'forgot-page'],
      ['/portal/reset?token=not-a-real-token', 'reset-page'],
    ] as const) {
      const other = await open(path, { width: 390, height: 844 });
      await other.getByTestId(testId).waitFor();
    }
    expectNoViolations('portal');
  });
});

describe('framing', () => {
  it('refuses to show the console or the portal in another site’s frame', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A page of another origin that frames the hub's pages.
    await page.route('http://elsewhere.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe name="counter" src="${hub.url}/counter/"></iframe><iframe name="portal" src="${hub.url}/portal/"></iframe>`,
      }),
    );
    await page.goto('http://elsewhere.test/');
    // Chromium puts its error page in a frame the framed page refuses (frame-ancestors 'none').
    for (const name of ['counter', 'portal']) {
      await expect.poll(() => page.frame({ name })?.url(), { timeout: 10_000 }).toBe('chrome-error://chromewebdata/');
      expect(await page.frame({ name })!.locator('#root').count(), name).toBe(0);
    }
  });
});
