// The lobby kiosk in a real Chromium against a real hub (demo office, port 0). Tests run in order
// and share the hub: the first ticket of the day for service A is A001.
// Set OSS_SCREENSHOTS=1 to refresh docs/screenshots/kiosk-start.png and kiosk-ticket.png.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatWaitRange, type Service, type Ticket, type TrackResponse } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitingCount } from '../src/renderer/kiosk/messages.js';
import { closePage, http, issueByApi, KIOSK, openPage, PHONE, startKit, stopKit, type Kit } from './browser-kit.js';

const SCREENSHOTS = process.env.OSS_SCREENSHOTS ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : null;

let kit: Kit;

beforeAll(async () => {
  kit = await startKit();
});

afterAll(() => stopKit(kit));

describe('kiosk', () => {
  it('issues A001 to an elderly citizen: number shown large, with a QR of the tracker link', async () => {
    // Others waiting for services counter 1 does not serve, so the start screen shows real counts.
    for (const code of ['C', 'C', 'E', 'H']) await issueByApi(kit, code);
    const { page, errors } = await openPage(kit, '/kiosk/', KIOSK);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await expect.poll(() => page.getByTestId('waiting-C').textContent(), { timeout: 5000 }).toBe('รอ 2 คิว');
    expect(await page.getByTestId('service-A').textContent()).toContain('งานทะเบียนราษฎร');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}kiosk-start.png` });
    }

    await page.getByTestId('service-A').click();
    expect(await page.getByTestId('documents').textContent()).toContain('บัตรประจำตัวประชาชน');
    await page.getByTestId('priority-elderly').click();
    expect(await page.getByTestId('priority-elderly').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('priority-none').getAttribute('aria-checked')).toBe('false');
    await page.getByTestId('get-ticket').click();

    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('A001');
    const fontPx = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(200);
    expect(await page.getByTestId('ticket-priority').textContent()).toContain('ผู้สูงอายุ');
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('คุณคือคิวถัดไป');
    const beYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(new Date())) + 543;
    expect(await page.getByTestId('ticket-issued').textContent()).toContain(String(beYear));
    // The test hub has no printer: the kiosk says to note the number, and nothing looks broken.
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-print'), { timeout: 5000 }).toBe('no-printer');

    const qr = page.getByTestId('ticket-qr');
    await qr.waitFor();
    const qrText = (await qr.getAttribute('data-qr-text')) ?? '';
    const match = new RegExp(`^${kit.hub.url.replace(/[.]/g, '\\.')}/t/([A-Za-z0-9]{6,32})$`).exec(qrText);
    expect(match, qrText).not.toBeNull();
    const a001Code = match![1]!;
    const image = await qr.evaluate((img: HTMLImageElement) => ({
      src: img.src.slice(0, 22),
      w: img.naturalWidth,
      done: img.complete,
    }));
    expect(image).toEqual({ src: 'data:image/png;base64,', w: expect.any(Number), done: true });
    expect(image.w).toBeGreaterThan(100);
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}kiosk-ticket.png` });

    const { body } = await http<TrackResponse>(kit, `/tickets/track/${a001Code}`);
    expect(body.ticket).toMatchObject({ number: 'A001', channel: 'kiosk', status: 'waiting' });
    // The tracker does not say the priority (docs/design.md §4.3); the hub has it.
    const stored = kit.hub.db.prepare('SELECT priority FROM tickets WHERE tracking_code = ?').get(a001Code);
    expect(stored).toEqual({ priority: 'elderly' });

    // The citizen scans the QR: the phone opens this ticket's tracker.
    const phone = await openPage(kit, new URL(qrText).pathname, PHONE);
    await phone.page.getByTestId('track-number').waitFor();
    expect(await phone.page.getByTestId('track-number').textContent()).toBe('A001');
    expect(await phone.page.getByTestId('track-status').getAttribute('data-status')).toBe('waiting');
    // Staff call it; the phone shows where to go without a reload.
    const token = await kit.hub.login();
    const called = await http<{ ticket: Ticket }>(kit, '/counters/1/call-next', { body: {}, token });
    expect(called.status, JSON.stringify(called.body)).toBe(200);
    expect(called.body.ticket.number).toBe('A001');
    await phone.page.getByTestId('your-turn').waitFor({ timeout: 5000 });
    expect(await phone.page.getByTestId('your-counter').textContent()).toBe('ช่องบริการ 1');
    await closePage(phone.page, phone.errors);
    await closePage(page, errors);
  });

  it('switches to English and back to Thai', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    const title = page.getByTestId('start-title');
    expect(await title.textContent()).toBe('กรุณาแตะเลือกบริการที่ต้องการ');
    await page.getByTestId('lang-en').click();
    expect(await title.textContent()).toBe('Please tap the service you need');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="service-A"] .service-name').textContent()).toBe('Civil registration');

    await page.getByTestId('service-A').click();
    expect(await page.getByTestId('get-ticket').textContent()).toContain('Get ticket');
    expect(await page.getByTestId('priority-elderly').textContent()).toContain('Elderly (60+)');
    expect(await page.locator('#docs-title').textContent()).toBe('Documents to bring');
    // "Back" keeps the citizen's language.
    await page.getByTestId('back').click();
    expect(await title.textContent()).toBe('Please tap the service you need');

    await page.getByTestId('lang-th').click();
    expect(await title.textContent()).toBe('กรุณาแตะเลือกบริการที่ต้องการ');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await closePage(page, errors);
  });

  it('returns to the start, in Thai, when left alone, and at once on "Done"', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=3', KIOSK);
    await page.getByTestId('lang-en').click();
    await page.getByTestId('service-B').click();
    await page.getByTestId('service-detail').waitFor();
    await page.getByTestId('start-title').waitFor({ timeout: 8000 });
    expect(await page.getByTestId('lang-th').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('service-H').click();
    await page.getByTestId('get-ticket').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('countdown').textContent()).toMatch(/กลับหน้าแรกอัตโนมัติใน [123] วินาที/);
    await page.getByTestId('start-title').waitFor({ timeout: 8000 });
    await closePage(page, errors);

    // "Done" goes back at once. On a kiosk with the long default timeouts (20 s with a ticket) the
    // start screen within this generous limit is the button's doing, not the idle timer's.
    const done = await openPage(kit, '/kiosk/', KIOSK);
    await done.page.getByTestId('service-H').click();
    await done.page.getByTestId('get-ticket').click();
    await done.page.getByTestId('ticket-number').waitFor();
    await done.page.getByTestId('done').click();
    await done.page.getByTestId('start-title').waitFor({ timeout: 10_000 });
    await closePage(done.page, done.errors);
  }, 45_000);

  it('retries a lost answer with the same Idempotency-Key, so the citizen gets the ticket the hub made', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    const keys: string[] = [];
    let madeNumber = '';
    await page.route('**/api/v1/tickets', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        // The hub makes the ticket, but the answer never reaches the kiosk.
        const res = await route.fetch();
        madeNumber = ((await res.json()) as { ticket: Ticket }).ticket.number;
      }
      await route.abort('connectionreset');
    });
    await page.getByTestId('service-C').click();
    await page.getByTestId('get-ticket').click();
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.getAttribute('data-error-code')).toBe('hub-unreachable');
    expect(await error.textContent()).toContain('ไม่สามารถติดต่อระบบคิวได้');
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);

    await page.unroute('**/api/v1/tickets');
    await page.getByTestId('error-retry').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe(madeNumber);
    const { body } = await http<{ services: Service[] }>(kit, '/services');
    expect(body.services.find((s) => s.code === 'C')?.waiting).toBe(3); // two from the first test, one here
    await closePage(page, errors);
  });

  it('prints each ticket once, and keeps it on screen with a warning when the printer fails', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    const prints: string[] = [];
    let answer = { status: 200, body: { printed: true } as object };
    await page.route('**/api/v1/tickets/track/*/print', (route) => {
      prints.push(route.request().url());
      return route.fulfill({ status: answer.status, json: answer.body });
    });
    await page.getByTestId('service-F').click();
    await page.getByTestId('get-ticket').click();
    const status = page.getByTestId('print-status');
    await expect.poll(() => status.getAttribute('data-print'), { timeout: 5000 }).toBe('printed');
    expect(await status.textContent()).toBe('กรุณารับบัตรคิวที่ช่องด้านล่าง');
    expect(prints).toHaveLength(1);
    const qrText = await page.getByTestId('ticket-qr').getAttribute('data-qr-text');
    expect(prints[0]).toBe(`${kit.hub.url}/api/v1/tickets/track/${qrText?.split('/t/')[1]}/print`);

    await page.getByTestId('done').click();
    answer = { status: 409, body: { error: { code: 'printer-out-of-paper', message: 'Out of paper' } } };
    await page.getByTestId('service-F').click();
    await page.getByTestId('get-ticket').click();
    await expect.poll(() => status.getAttribute('data-print'), { timeout: 5000 }).toBe('failed');
    expect(await status.textContent()).toContain('ถ่ายรูปหน้าจอนี้');
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^F\d{3}$/);
    expect(prints).toHaveLength(2);
    await closePage(page, errors);
  });

  it('explains a full day and a closed service, with a way back', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    await page.route('**/api/v1/tickets', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'daily-cap-reached', message: 'Daily cap reached' } }),
      }),
    );
    await page.getByTestId('service-E').click();
    await page.getByTestId('get-ticket').click();
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain('บัตรคิวของบริการนี้สำหรับวันนี้เต็มแล้ว');
    expect(await page.getByTestId('error-retry').count()).toBe(0);
    await page.getByTestId('error-home').click();
    await page.getByTestId('start-title').waitFor();
    await closePage(page, errors);

    // A service the hub reports closed (its day's tickets all issued) is shown greyed out with the
    // reason, and cannot be chosen.
    const admin = await kit.hub.login();
    await setDailyCap(kit, admin, 'D', issuedToday(kit, 'D') + 1);
    const second = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    const d = second.page.getByTestId('service-D');
    await d.waitFor();
    expect(await d.isDisabled()).toBe(false);
    await issueByApi(kit, 'D');
    await expect.poll(() => d.isDisabled(), { timeout: 5000 }).toBe(true);
    expect(await d.textContent()).toContain('ปิดรับบัตรคิว');
    expect(await second.page.getByTestId('service-A').isDisabled()).toBe(false);
    await setDailyCap(kit, admin, 'D', null);
    await expect.poll(() => d.isDisabled(), { timeout: 5000 }).toBe(false);
    await closePage(second.page, second.errors);
  });

  it('keeps its list from the live stream: GET /services once at start, never once per event', async () => {
    const context = await kit.browser.newContext({ viewport: KIOSK, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    let reads = 0;
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/api/v1/services') reads++;
    });
    await page.goto(`${kit.hub.url}/kiosk/?idle=600`);
    /** Every service's button says what GET /services says now: waiting count, wait, open. */
    const inStep = async () => {
      const { body } = await http<{ services: Service[] }>(kit, '/services');
      const wrong: string[] = [];
      for (const s of body.services) {
        const button = page.getByTestId(`service-${s.code}`);
        const text = (await button.textContent()) ?? '';
        const waiting = s.open ? waitingCount(s.waiting, 'th') : 'ปิดรับบัตรคิว';
        const wait = s.open && s.estimatedWait.maxMinutes > 0 ? formatWaitRange(s.estimatedWait, 'th') : '';
        if (!text.includes(waiting) || !text.includes(wait) || (await button.isDisabled()) === s.open) wrong.push(s.code);
      }
      return wrong;
    };
    const settled = () => expect.poll(inStep, { timeout: 5000 }).toEqual([]);
    await page.getByTestId('service-G').waitFor();
    await settled();

    const token = await kit.hub.login();
    const g = kit.services.get('G')!;
    const { body: listed } = await http<{ counters: Array<{ id: number; serviceIds: number[]; open: boolean }> }>(
      kit,
      '/counters',
    );
    const counter = listed.counters.find((c) => c.serviceIds.includes(g.id) && c.open)!;
    // Tickets issued, one called, the counter paused (fewer counters: a longer wait) and opened.
    for (let i = 0; i < 3; i++) await issueByApi(kit, 'G');
    await settled();
    for (const step of ['call-next', 'pause', 'open']) {
      const done = await http(kit, `/counters/${counter.id}/${step}`, { body: {}, token });
      expect(done.status, `${step}: ${JSON.stringify(done.body)}`).toBe(200);
      await settled();
    }
    // A daily cap reached closes the service, told by the issue's own event.
    await setDailyCap(kit, token, 'G', issuedToday(kit, 'G') + 1);
    await issueByApi(kit, 'G');
    await expect.poll(() => page.getByTestId('service-G').isDisabled(), { timeout: 5000 }).toBe(true);
    await settled();
    await setDailyCap(kit, token, 'G', null);
    await settled();

    expect(reads).toBeLessThanOrEqual(1);
    await closePage(page, errors);
  });
});

/** Today's tickets issued for a service (what its daily cap counts). */
function issuedToday(kit: Kit, code: string): number {
  const row = kit.hub.db
    .prepare('SELECT COUNT(*) AS n FROM tickets WHERE issued_service_id = ?')
    .get(kit.services.get(code)!.id) as { n: number };
  return row.n;
}

async function setDailyCap(kit: Kit, token: string, code: string, dailyCap: number | null): Promise<void> {
  const res = await fetch(`${kit.hub.url}/api/v1/admin/services/${kit.services.get(code)!.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ dailyCap }),
  });
  expect(res.status, await res.text()).toBe(200);
}

describe('when the hub goes away', () => {
  it('shows the offline banner, and drops it when the hub is back', async () => {
    const { page, errors } = await openPage(kit, '/kiosk/?idle=60', KIOSK);
    await page.getByTestId('service-A').waitFor();
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
    await kit.hub.close();
    await page.getByTestId('offline-banner').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('offline-banner').textContent()).toContain('ขาดการเชื่อมต่อ');
    await kit.hub.restart();
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 8000 });
    await closePage(page, errors);
  }, 30_000);
});
