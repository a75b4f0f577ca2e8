// A counter's day in Chromium against a real hub: sign-in claims the counter, a second login to it
// is refused by name, the day's actions move the staff member's own figures, a failed reprint shows
// the printer alert, the supervisor closes the day (the waiting expire on screen) and takes a
// counter over. Needs the built app (`npm run build -w counter`).
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../server/src/clock.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { hubClient, signInUi, textIs } from './ui-support.js';

let hub: TestHub;
let browser: Browser;
let api: ReturnType<typeof hubClient>;
const clock = new ManualClock(new Date());

/** A port nothing listens on: the hub's "printer" refuses every job. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let printerPort = 0;

beforeAll(async () => {
  printerPort = await deadPort();
  hub = await startTestHub({ seed: 'demo', clock, printer: `tcp://127.0.0.1:${printerPort}` });
  browser = await launchBrowser();
  api = hubClient(hub);
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  return context.newPage();
}

async function expectCurrent(page: Page, number: string | null, status?: string): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => {
      const el = document.querySelector('[data-testid="current-number"]');
      if (!el) return false;
      if (n === null) return el.getAttribute('data-empty') === 'true';
      const st = document.querySelector('[data-testid="current-status"]')?.getAttribute('data-status');
      return el.textContent === n && (s === null || st === s);
    },
    [number, status ?? null] as const,
    { timeout: 10_000 },
  );
}

describe("a counter's day", () => {
  it('runs from sign-in to the day close', async () => {
    const admin = await hub.login();
    const somchai = await api.user(admin, 'somchai', 'staff', 'สมชาย');
    const somying = await api.user(admin, 'somying', 'staff', 'สมหญิง');
    const boss = await api.user(admin, 'wilai', 'supervisor', 'หัวหน้าวิไล');
    const ids = await api.serviceIds();
    const issue = async (code: string) => {
      const res = await api.call<{ ticket: { number: string } }>('POST', '/tickets', { serviceId: ids.get(code) });
      expect(res.status).toBe(201);
      return res.body.ticket.number;
    };
    const [a1, a2, a3, b1, b2] = [await issue('A'), await issue('A'), await issue('A'), await issue('B'), await issue('B')];

    // Somchai signs in and chooses counter 1: the console claims it.
    const desk = await newPage();
    await signInUi(desk, hub, somchai.username, somchai.password);
    await desk.getByTestId('choose-counter-1').click();
    await desk.getByTestId('console').waitFor();
    await desk.locator('[data-testid="link-status"][data-status="online"]').waitFor();
    // A staff member sees no way to the reports or admin pages.
    expect(await desk.getByTestId('nav-reports').count()).toBe(0);
    expect(await desk.getByTestId('nav-admin').count()).toBe(0);
    const counters = await api.call<{ counters: Array<{ id: number; staff?: { displayName: string } | null }> }>(
      'GET',
      '/counters',
      undefined,
      admin,
    );
    expect(counters.body.counters.find((c) => c.id === 1)?.staff?.displayName).toBe('สมชาย');

    // Somying, on another PC, is refused counter 1 with the holder's name, and no take-over.
    const other = await newPage();
    await signInUi(other, hub, somying.username, somying.password);
    await other.getByTestId('choose-counter-1').click();
    await other.getByTestId('counter-in-use').filter({ hasText: 'สมชาย' }).waitFor({ timeout: 10_000 });
    expect(await other.getByTestId('take-over').count()).toBe(0);
    await other.getByTestId('holder-1').filter({ hasText: 'สมชาย' }).waitFor();
    await other.context().close();

    // The waiting list, narrowed to one service and back.
    await textIs(desk, 'waiting-list-count', '5');
    await desk.getByTestId('filter-B').click();
    await textIs(desk, 'waiting-list-count', '2');
    expect(await desk.getByTestId(`waiting-${a1}`).count()).toBe(0);
    await desk.getByTestId('filter-all').click();
    await textIs(desk, 'waiting-list-count', '5');

    // Call, serve, complete: the own figures follow.
    await desk.keyboard.press('n');
    await expectCurrent(desk, a1, 'called');
    await textIs(desk, 'my-called', '1');
    await desk.keyboard.press('s');
    await expectCurrent(desk, a1, 'serving');
    // Reprint with the printer down: a clear error, and the printer alert for every counter.
    await desk.keyboard.press('p');
    await desk.getByTestId('error').filter({ hasText: 'ติดต่อเครื่องพิมพ์บัตรคิวไม่ได้' }).waitFor({ timeout: 10_000 });
    await desk
      .getByTestId('printer-alert')
      .filter({ hasText: String(printerPort) })
      .waitFor({ timeout: 10_000 });
    await desk.keyboard.press('c');
    await expectCurrent(desk, null);
    await textIs(desk, 'my-served', '1');

    // No-show, then the citizen comes back and is returned to the queue.
    await desk.keyboard.press('n');
    await expectCurrent(desk, a2, 'called');
    await desk.keyboard.press('x');
    await desk.getByTestId(`noshow-${a2}`).waitFor({ timeout: 10_000 });
    await textIs(desk, 'my-no-shows', '1');
    await desk.getByTestId(`return-${a2}`).click();
    await desk.getByTestId(`waiting-${a2}`).waitFor({ timeout: 10_000 });

    // A specific ticket from the list; hold it, resume it, transfer it with a note.
    await desk.getByTestId(`call-${a3}`).click();
    await expectCurrent(desk, a3, 'called');
    await desk.keyboard.press('s');
    await expectCurrent(desk, a3, 'serving');
    await desk.keyboard.press('h');
    await desk.getByTestId(`held-${a3}`).waitFor({ timeout: 10_000 });
    await desk.getByTestId(`resume-${a3}`).click();
    await expectCurrent(desk, a3, 'serving');
    await desk.keyboard.press('t');
    await desk.getByTestId('transfer-note').fill('ชำระค่าธรรมเนียม');
    await desk.getByTestId('transfer-service-C').click();
    await desk.getByTestId('transfer-confirm').click();
    await expectCurrent(desk, null);
    await textIs(desk, 'my-transferred', '1');
    await textIs(desk, 'my-called', '3');
    await textIs(desk, 'my-served', '1');

    // The supervisor closes the day from the reports page: A002, B001, B002 and the transferred A003 expire.
    const sup = await newPage();
    await signInUi(sup, hub, boss.username, boss.password);
    await sup.getByTestId('nav-reports').click();
    await sup.getByTestId('report').waitFor({ timeout: 10_000 });
    await sup.getByTestId('day-close').click();
    await sup.getByTestId('day-close-dialog').waitFor();
    await sup.getByTestId('day-close-confirm').click();
    await sup.getByTestId('day-close-result').filter({ hasText: 'คิวหมดอายุ 4 คิว' }).waitFor({ timeout: 10_000 });
    await textIs(desk, 'waiting-list-count', '0');
    for (const n of [a2, b1, b2]) expect(await desk.getByTestId(`waiting-${n}`).count()).toBe(0);
    await textIs(sup, 'total-issued', '5');

    // The supervisor may take a counter over; the console it was taken from says who.
    await sup.getByTestId('nav-console').click();
    await sup.getByTestId('choose-counter-1').click();
    await sup.getByTestId('counter-in-use').filter({ hasText: 'สมชาย' }).waitFor({ timeout: 10_000 });
    await sup.getByTestId('take-over').click();
    await sup.getByTestId('console').waitFor({ timeout: 10_000 });
    await desk.getByTestId('counter-in-use').filter({ hasText: 'หัวหน้าวิไล' }).waitFor({ timeout: 10_000 });

    // Signing out releases the counter.
    await sup.getByTestId('sign-out').click();
    await sup.getByTestId('login-form').waitFor();
    await expect
      .poll(async () => {
        const res = await api.call<{ counters: Array<{ id: number; staff?: unknown }> }>('GET', '/counters', undefined, admin);
        return res.body.counters.find((c) => c.id === 1)?.staff ?? null;
      })
      .toBeNull();
    await desk.context().close();
    await sup.context().close();
  }, 90_000);
});
