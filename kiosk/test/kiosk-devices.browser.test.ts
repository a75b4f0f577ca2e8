// The lobby kiosk inside the kiosk shell, in a real Chromium against a real hub, with the shell's
// bridge faked (fake-shell.ts): an ID card that makes a citizen elderly, a card that fails its
// checksum, a missing device package, and a USB printer that runs out of paper.
import type { DeviceStatus, TrackResponse } from '@oss/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePage, http, KIOSK, startKit, stopKit, type Kit } from './browser-kit.js';
import { addFakeShell, shell, type FakeShellOptions } from './fake-shell.js';

let kit: Kit;
beforeAll(async () => {
  kit = await startKit();
});
afterAll(() => stopKit(kit));

const READY: DeviceStatus[] = [
  { kind: 'card-reader', state: 'ready', name: 'ACS ACR39U ICC Reader 00 00' },
  { kind: 'scanner', state: 'ready', name: '0c2e:0b61' },
];
const CID = '3101500123459';
/** Each test drives a real browser through several screens: room for a busy CI machine. */
const SLOW = 30_000;

/** The Buddhist-era date of birth of someone `years` old today in Bangkok (plus `days`). */
function bornYearsAgo(years: number, days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  return { yearBE: date.getUTCFullYear() + 543, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function cardOf(citizenId: string, birth: { yearBE: number; month: number; day: number } | null) {
  return {
    type: 'inserted' as const,
    reader: 'ACS ACR39U ICC Reader 00 00',
    card: {
      citizenId,
      thaiName: { prefix: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
      englishName: { prefix: 'Mr.', first: 'Somchai', middle: '', last: 'Jaidee' },
      dateOfBirth: birth,
    },
  };
}

async function openKiosk(options: FakeShellOptions | null): Promise<{ page: Page; errors: string[]; bodies: string[] }> {
  const context = await kit.browser.newContext({ viewport: KIOSK, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  const errors: string[] = [];
  const bodies: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // Everything the page sends anywhere, to prove that no card data leaves the kiosk.
  page.on('request', (req) => bodies.push(`${req.url()} ${req.postData() ?? ''}`));
  if (options) await addFakeShell(page, options);
  await page.goto(`${kit.hub.url}/kiosk/?idle=60`);
  await page.getByTestId('service-A').waitFor();
  return { page, errors, bodies };
}

describe('kiosk with the shell’s devices', () => {
  it(
    'greets a 60+ card holder by first name, preselects elderly, and sends nothing from the card',
    async () => {
      const { page, errors, bodies } = await openKiosk({ statuses: READY, print: null });
      await page.getByTestId('card-hint').waitFor();
      expect(await page.getByTestId('card-hint').textContent()).toContain('เสียบบัตรประชาชน');
      expect(await page.getByTestId('device-notice').count()).toBe(0);

      await shell.card(page, cardOf(CID, bornYearsAgo(60)));
      const greeting = page.getByTestId('card-greeting');
      await greeting.waitFor();
      expect(await greeting.textContent()).toContain('สวัสดีค่ะ คุณสมชาย');
      expect(await page.getByTestId('card-masked-id').textContent()).toBe('x-xxxx-xxxx3-45-9');
      expect(await page.getByTestId('card-elderly').textContent()).toContain('ผู้สูงอายุ');
      const text = (await page.textContent('body')) ?? '';
      expect(text).not.toContain(CID);
      expect(text).not.toContain('ใจดี');

      await page.getByTestId('service-A').click();
      expect(await page.getByTestId('priority-elderly').getAttribute('aria-checked')).toBe('true');
      await page.getByTestId('get-ticket').click();
      await page.getByTestId('ticket-number').waitFor();
      expect(await page.getByTestId('ticket-priority').textContent()).toContain('ผู้สูงอายุ');
      const qr = (await page.getByTestId('ticket-qr').getAttribute('data-qr-text')) ?? '';
      const code = qr.split('/t/')[1]!;
      const { body } = await http<TrackResponse>(kit, `/tickets/track/${code}`);
      expect(body.ticket).toMatchObject({ channel: 'kiosk' });
      // The tracker does not say the priority (docs/design.md §4.3); the hub has it.
      expect(kit.hub.db.prepare('SELECT priority FROM tickets WHERE tracking_code = ?').get(code)).toEqual({
        priority: 'elderly',
      });
      for (const sent of bodies) {
        expect(sent).not.toContain(CID);
        expect(sent).not.toContain('สมชาย');
        expect(sent).not.toContain('Somchai');
      }

      // Done: the next citizen starts without the previous one's card.
      await page.getByTestId('done').click();
      await page.getByTestId('card-hint').waitFor();
      expect(await page.getByTestId('card-greeting').count()).toBe(0);
      await closePage(page, errors);
    },
    SLOW,
  );

  it(
    'shows a clear message for a card whose number fails the checksum, and walk-in still works',
    async () => {
      const { page, errors } = await openKiosk({ statuses: READY, print: null });
      await shell.card(page, cardOf('3101500123458', bornYearsAgo(70)));
      const error = page.getByTestId('card-error');
      await error.waitFor();
      expect(await error.getAttribute('data-card-error')).toBe('bad-checksum');
      expect(await error.textContent()).toContain('บัตรนี้อ่านเลขประจำตัวไม่ถูกต้อง');
      await page.getByTestId('lang-en').click();
      expect(await error.textContent()).toContain('did not read correctly');
      await page.getByTestId('lang-th').click();

      // No priority is given on a bad card; the citizen still gets a ticket like any walk-in.
      await page.getByTestId('service-B').click();
      expect(await page.getByTestId('priority-none').getAttribute('aria-checked')).toBe('true');
      await page.getByTestId('back').click();

      // Under 60 (one day short): greeted, but no elderly priority chosen.
      await shell.card(page, cardOf(CID, bornYearsAgo(60, 1)));
      await page.getByTestId('card-greeting').waitFor();
      expect(await page.getByTestId('card-elderly').count()).toBe(0);
      await page.getByTestId('service-B').click();
      expect(await page.getByTestId('priority-none').getAttribute('aria-checked')).toBe('true');
      await page.getByTestId('back').click();

      // A keyboard-emulating reader types just the number: checked, greeted without a name.
      await shell.scan(page, { text: CID, source: 'keyboard', device: '1eab:0d22' });
      await expect.poll(() => page.getByTestId('card-greeting').textContent()).toContain('อ่านบัตรแล้ว');
      await closePage(page, errors);
    },
    SLOW,
  );

  it(
    'tells staff which device package is missing, and follows hot-plug',
    async () => {
      const { page, errors } = await openKiosk({
        statuses: [
          {
            kind: 'card-reader',
            state: 'missing-package',
            package: '@pokusew/pcsclite',
            message: '@pokusew/pcsclite is not installed',
          },
          { kind: 'scanner', state: 'no-device', message: 'no scanner connected' },
        ],
        print: null,
      });
      const notice = page.getByTestId('device-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('เครื่องอ่านบัตรไม่พร้อม: ไม่ได้ติดตั้ง @pokusew/pcsclite');
      expect(await page.getByTestId('card-hint').count()).toBe(0);

      // Walk-in works as ever.
      await page.getByTestId('service-C').click();
      await page.getByTestId('get-ticket').click();
      await page.getByTestId('ticket-number').waitFor();
      await page.getByTestId('done').click();

      await shell.status(page, READY);
      await page.getByTestId('card-hint').waitFor();
      expect(await notice.count()).toBe(0);
      await closePage(page, errors);
    },
    SLOW,
  );

  it(
    'prints on the USB printer; when it fails the ticket stays on screen and the counters get an alert',
    async () => {
      const { page, errors } = await openKiosk({
        statuses: [...READY, { kind: 'printer', state: 'ready', name: 'usb:0416:5011' }],
        print: { ok: false, printer: 'usb:0416:5011', code: 'printer-out-of-paper', message: 'the printer is out of paper' },
      });
      const hubPrints: string[] = [];
      await page.route('**/api/v1/tickets/track/*/print', (route) => {
        hubPrints.push(route.request().url());
        return route.fulfill({ status: 200, json: { printed: true } });
      });
      await page.getByTestId('service-D').click();
      await page.getByTestId('get-ticket').click();
      const status = page.getByTestId('print-status');
      await expect.poll(() => status.getAttribute('data-print'), { timeout: 5000 }).toBe('failed');
      expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^D\d{3}$/);
      expect(await page.getByTestId('ticket-qr').getAttribute('data-qr-text')).toMatch(/\/t\/[A-Za-z0-9]+$/);
      expect(await shell.printed(page)).toHaveLength(1);
      expect(hubPrints).toEqual([]);

      const token = await kit.hub.login();
      const alerts = async () =>
        (await http<{ alerts: { id: string; code: string; source: string }[] }>(kit, '/alerts', { token })).body.alerts;
      await expect.poll(alerts, { timeout: 5000 }).toEqual([
        expect.objectContaining({
          id: 'printer:kiosk:127.0.0.1',
          code: 'printer-out-of-paper',
          source: 'kiosk 127.0.0.1 usb:0416:5011',
        }),
      ]);

      // Paper loaded: the next ticket prints, and the alert is over.
      await shell.setPrint(page, { ok: true, printer: 'usb:0416:5011' });
      await page.getByTestId('done').click();
      await page.getByTestId('service-D').click();
      await page.getByTestId('get-ticket').click();
      await expect.poll(() => status.getAttribute('data-print'), { timeout: 5000 }).toBe('printed');
      await expect.poll(alerts, { timeout: 5000 }).toEqual([]);
      await closePage(page, errors);
    },
    SLOW,
  );

  it(
    'offers no card path in a plain browser, and prints through the hub',
    async () => {
      const { page, errors } = await openKiosk(null);
      await page.getByTestId('service-E').click();
      await page.getByTestId('get-ticket').click();
      await expect.poll(() => page.getByTestId('print-status').getAttribute('data-print'), { timeout: 5000 }).toBe('no-printer');
      await page.getByTestId('done').click();
      expect(await page.getByTestId('card-hint').count()).toBe(0);
      expect(await page.getByTestId('device-notice').count()).toBe(0);
      await closePage(page, errors);
    },
    SLOW,
  );
});
