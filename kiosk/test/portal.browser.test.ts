// The citizen's whole online journey in Chromium against a real hub: register with a valid citizen
// ID and consent → request a service with a PDF attached → book a slot → the booking QR → check in
// at the kiosk with the code → a counter calls and serves it → the citizen rates on the tracker.
import type { Service, Ticket } from '@oss/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../server/src/clock.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startFakeLineLogin, type FakeLineLogin } from '../../test/support/fake-line-login.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { KIOSK, PHONE } from './browser-kit.js';

// A Tuesday, 09:00 in Bangkok: today's slots from 09:15 are still free.
const clock = new ManualClock('2026-03-10T02:00:00Z');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
let hub: TestHub;
let line: FakeLineLogin;
let browser: Browser;
let serviceA: Service;

beforeAll(async () => {
  line = await startFakeLineLogin();
  const { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } = line;
  hub = await startTestHub({
    seed: 'demo',
    clock,
    // LINE Login is offered only with OSS_PUBLIC_URL (its callback's address).
    publicUrl: 'self',
    portal: { lineLogin: { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } },
  });
  browser = await launchBrowser();
  const res = await fetch(`${hub.url}/api/v1/services`);
  serviceA = ((await res.json()) as { services: Service[] }).services.find((s) => s.code === 'A')!;
});
afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
  await line?.close();
});

async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  // A step that never comes fails with its locator named, well inside the test's time.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${hub.url}${path}`);
  return { page, errors };
}

async function staffPost(path: string, token: string): Promise<{ status: number; body: { ticket: Ticket | null } }> {
  const res = await fetch(`${hub.url}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { ticket: Ticket | null } };
}

describe('citizen portal journey', () => {
  it('registers, requests with a PDF, books, checks in at the kiosk, is served and rates', async () => {
    const { page: phone, errors: phoneErrors } = await open('/portal/', PHONE);

    // Register (Thai first), with a citizen ID whose check digit is right.
    await phone.getByTestId('login-page').waitFor();
    await phone.getByTestId('go-register').click();
    await phone.getByTestId('register-page').waitFor();
    await phone.getByTestId('reg-name').fill('สมศรี ดีใจ');
    await phone.getByTestId('reg-cid').fill('1-1017-00123-45-1');
    expect(await phone.getByTestId('register-page').textContent()).toContain('เลขประจำตัวประชาชนไม่ถูกต้อง');
    await phone.getByTestId('reg-cid').fill('1101700123456');
    await phone.getByTestId('reg-phone').fill('081-234-5678');
    await phone.getByTestId('reg-email').fill('somsri@example.com');
    await phone.getByTestId('reg-address').fill('27 ถนนผังเมืองบัญชา');
    await phone.getByTestId('reg-hide').check();
    await phone.locator('[data-testid="terms-text"][data-version="1"]').waitFor();
    expect(await phone.getByTestId('terms-text').textContent()).toContain('คุ้มครองข้อมูลส่วนบุคคล');
    await phone.getByTestId('reg-username').fill('somsri');
    await phone.getByTestId('reg-password').fill('my secret pass');
    expect(await phone.getByTestId('reg-submit').isDisabled()).toBe(true);
    await phone.getByTestId('accept-terms').check();
    await phone.getByTestId('reg-submit').click();

    // A request for civil registration, its documents listed, a PDF attached.
    await phone.getByTestId('new-request').click();
    await phone.getByTestId('request-service').selectOption(String(serviceA.id));
    expect(await phone.getByTestId('documents-needed').textContent()).toContain('บัตรประจำตัวประชาชน');
    await phone.getByTestId('request-subject').fill('ขอคัดสำเนาทะเบียนบ้าน');
    await phone.getByTestId('request-details').fill('2 ฉบับ');
    await phone.getByTestId('contact-email').check();
    await phone.getByTestId('request-next').click();
    await phone.getByTestId('documents-editor').waitFor();
    await phone.getByTestId('attach-files').setInputFiles({ name: 'ทะเบียนบ้าน.pdf', mimeType: 'application/pdf', buffer: PDF });
    await phone.getByTestId('attached-file').waitFor();
    expect(await phone.getByTestId('attached-file').textContent()).toContain('ทะเบียนบ้าน.pdf');
    await phone.getByTestId('request-submit').click();

    // Book 09:30 today; the booking QR carries OSSB:<code>.
    await phone.getByTestId('booking-picker').waitFor();
    await phone.getByTestId('slot-09:30').click();
    await phone.getByTestId('confirm-booking').click();
    const qr = phone.getByTestId('booking-qr');
    await qr.waitFor();
    const qrText = (await qr.getAttribute('data-qr-text'))!;
    expect(qrText).toMatch(/^OSSB:[A-HJKMNP-Z2-9]{10}$/);
    const code = qrText.slice('OSSB:'.length);
    expect((await phone.getByTestId('booking-code').textContent())!.replace('-', '')).toBe(code);
    expect(await phone.getByTestId('booking-when').textContent()).toContain('09:30');

    // At the kiosk: a wrong code typed on the keypad is refused, the scanner's code checks in.
    const { page: kiosk, errors: kioskErrors } = await open('/kiosk/?idle=300', KIOSK);
    await kiosk.getByTestId('booking-start').click();
    await kiosk.getByTestId('booking-check-in').waitFor();
    for (const k of 'ABCDEFGHJK') await kiosk.getByTestId(`key-${k}`).click();
    await kiosk.getByTestId('check-in-submit').click();
    await kiosk.locator('[data-testid="check-in-error"][data-error-code="booking-not-found"]').waitFor();
    expect(await kiosk.getByTestId('check-in-error').textContent()).toContain('ไม่พบรหัสนัดหมาย');
    // The USB scanner types into the focused hidden field, then Enter.
    await kiosk.keyboard.type(qrText, { delay: 5 });
    await kiosk.keyboard.press('Enter');
    await kiosk.getByTestId('ticket-view').waitFor({ timeout: 10_000 });
    const number = (await kiosk.getByTestId('ticket-number').textContent())!;
    expect(number).toBe('A001');
    const trackUrl = (await kiosk.getByTestId('ticket-qr').getAttribute('data-qr-text'))!;
    const trackingCode = trackUrl.split('/t/')[1]!;

    // The same code again: already used.
    const again = await fetch(`${hub.url}/api/v1/bookings/check-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(again.status).toBe(409);

    // The phone shows the ticket on the request, with the tracker link.
    await phone.reload();
    await phone.getByTestId('request-ticket-number').waitFor();
    expect(await phone.getByTestId('request-ticket-number').textContent()).toBe('A001');
    expect(await phone.getByTestId('follow-ticket').getAttribute('href')).toBe(`/t/${trackingCode}`);

    // A counter calls, serves and completes it; staff see the request masked.
    const staff = await hub.login();
    const called = await staffPost('/counters/1/call-next', staff);
    expect(called.body.ticket).toMatchObject({ number: 'A001', appointmentAt: '2026-03-10T02:30:00.000Z' });
    const view = await fetch(`${hub.url}/api/v1/tickets/${called.body.ticket!.id}/request`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    const seen = (await view.json()) as { citizen: { name: string; masked: boolean }; request: { documents: unknown[] } };
    expect(seen.citizen).toMatchObject({ name: 'ส*** ด***', masked: true });
    expect(seen.request.documents).toHaveLength(1);
    expect((await staffPost(`/tickets/${called.body.ticket!.id}/start`, staff)).status).toBe(200);
    expect((await staffPost(`/tickets/${called.body.ticket!.id}/complete`, staff)).status).toBe(200);

    // The citizen rates on the tracker.
    await phone.getByTestId('follow-ticket').click();
    await phone.getByTestId('rating').waitFor({ timeout: 10_000 });
    await phone.getByTestId('rating-star-5').click();
    await phone.getByTestId('rating-comment').fill('จองล่วงหน้าสะดวกมาก');
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rating-thanks').waitFor();
    const rating = hub.db.prepare('SELECT score, comment FROM ratings').get();
    expect(rating).toEqual({ score: 5, comment: 'จองล่วงหน้าสะดวกมาก' });

    expect(phoneErrors).toEqual([]);
    expect(kioskErrors).toEqual([]);
    await phone.context().close();
    await kiosk.context().close();
  }, 60_000);

  it('completes a LINE Login account: the missing details and consent, on the profile page', async () => {
    const { page, errors } = await open('/portal/', PHONE);
    await page.getByTestId('line-login').click();
    await page.getByTestId('profile-page').waitFor();
    expect(await page.getByTestId('profile-name').inputValue()).toBe('สมหญิง LINE');
    await page.getByTestId('profile-name').fill('สมหญิง ใจงาม');
    const bad = 'เลขประจำตัวประชาชนไม่ถูกต้อง';
    // Dashes are not digits: 12 digits typed so far is not yet wrong.
    await page.getByTestId('profile-cid').fill('3-1004-00123-4');
    expect(await page.getByTestId('profile-page').textContent()).not.toContain(bad);
    await page.getByTestId('profile-cid').fill('3-1004-00123-45-7');
    expect(await page.getByTestId('profile-page').textContent()).toContain(bad);
    await page.getByTestId('profile-cid').fill('3-1004-00123-45-6');
    expect(await page.getByTestId('profile-page').textContent()).not.toContain(bad);
    await page.getByTestId('profile-phone').fill('089-111-2222');
    await page.getByTestId('profile-email').fill('somying@example.com');
    await page.getByTestId('profile-address').fill('1 ถนนนครสวรรค์');
    await page.getByTestId('profile-hide').check();
    expect(await page.getByTestId('profile-submit').isDisabled()).toBe(true);
    await page.getByTestId('accept-terms').check();
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('new-request').waitFor();
    const row = hub.db
      .prepare('SELECT name, cid_last4, phone, email, address, hide_personal FROM citizens WHERE line_user_id = ?')
      .get(line.user.userId);
    expect(row).toEqual({
      name: 'สมหญิง ใจงาม',
      cid_last4: '3456',
      phone: '089-111-2222',
      email: 'somying@example.com',
      address: '1 ถนนนครสวรรค์',
      hide_personal: 1,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends feedback from the portal without logging in', async () => {
    const { page, errors } = await open('/portal/feedback', PHONE);
    await page.getByTestId('feedback-page').waitFor();
    await page.getByTestId('feedback-text').fill('ควรมีป้ายบอกทางมากกว่านี้');
    await page.getByTestId('feedback-submit').click();
    await page.getByTestId('feedback-thanks').waitFor();
    const staff = await hub.login();
    const res = await fetch(`${hub.url}/api/v1/feedback`, { headers: { authorization: `Bearer ${staff}` } });
    const { feedback } = (await res.json()) as { feedback: Array<{ text: string }> };
    expect(feedback[0]!.text).toBe('ควรมีป้ายบอกทางมากกว่านี้');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
