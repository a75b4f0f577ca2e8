// The citizen's portal request at the counter, in Chromium against a real hub: citizens register,
// submit requests with files and take same-day tickets through the portal API (as the portal tests
// do); a staff member calls them at counter 1. The panel shows the request, masked when the citizen
// chose to hide personal data until revealed (audited, for that ticket only), downloads the files'
// own bytes, and stays away for walk-ins. Needs the built app (`npm run build -w counter`).
import { readFile } from 'node:fs/promises';
import type { AuditResponse, ServiceRequest, Ticket } from '@oss/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CitizenClient, makeCid, PDF, PNG } from '../../server/test/portal/portal-kit.js';
import { seriousViolations } from '../../test/a11y/axe.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { hubClient, signInUi, textIs } from './ui-support.js';

let hub: TestHub;
let browser: Browser;
let api: ReturnType<typeof hubClient>;
let admin: string;
let clerk: { id: number; username: string; password: string };
let serviceA: number;
let page: Page;
/** Chose "hide my personal data". */
let hiding: CitizenClient;
const hidingCid = makeCid('400000000001');
/** Did not. */
let open: CitizenClient;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
  api = hubClient(hub);
  admin = await hub.login();
  clerk = await api.user(admin, 'clerk', 'staff', 'สมหญิง รักงาน');
  serviceA = (await api.serviceIds()).get('A')!;

  hiding = new CitizenClient(hub);
  await hiding.register({ username: 'hiding', citizenId: hidingCid, hidePersonal: true });
  open = new CitizenClient(hub);
  await open.register({
    username: 'open',
    citizenId: makeCid('400000000002'),
    name: 'มานี มีนา',
    phone: '089-111-2233',
    email: 'manee@example.com',
    hidePersonal: false,
  });

  // The clerk signs in at counter 1 (it serves A and B); every test uses this console.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  await signInUi(page, hub, clerk.username, clerk.password);
  await page.getByTestId('choose-counter-1').click();
  await page.getByTestId('console').waitFor();
  await page.locator('[data-testid="link-status"][data-status="online"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

/** A submitted request for service A (with files) and its same-day ticket, as the portal takes it. */
async function webTicket(
  citizen: CitizenClient,
  files: Array<{ name: string; content: Buffer }> = [],
): Promise<{ ticket: Ticket; request: ServiceRequest }> {
  const requestId = await citizen.submittedRequest(serviceA, files);
  const res = await citizen.call<{ ticket: Ticket; request: ServiceRequest }>('POST', `/requests/${requestId}/ticket`);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function walkIn(): Promise<Ticket> {
  const res = await api.call<{ ticket: Ticket }>('POST', '/tickets', { serviceId: serviceA });
  expect(res.status).toBe(201);
  return res.body.ticket;
}

async function expectCurrent(number: string | null): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="current-number"]');
      if (!el) return false;
      return n === null ? el.getAttribute('data-empty') === 'true' : el.textContent === n;
    },
    number,
    { timeout: 10_000 },
  );
}

/** Calls the next ticket (it must be `ticket`) with the N key. */
async function callNext(ticket: Ticket): Promise<void> {
  await page.getByTestId(`waiting-${ticket.number}`).waitFor({ timeout: 10_000 });
  await page.keyboard.press('n');
  await expectCurrent(ticket.number);
}

/**
 * Starts the current ticket (S) unless it is serving already, then N completes it and calls `next` in one command: the console
 * goes from one ticket straight to the next, with no free counter in between.
 */
async function serveAndCallNext(next: Ticket): Promise<void> {
  await page.getByTestId(`waiting-${next.number}`).waitFor({ timeout: 10_000 });
  if ((await page.getByTestId('current-status').getAttribute('data-status')) !== 'serving') {
    await page.keyboard.press('s');
    await page.locator('[data-testid="current-status"][data-status="serving"]').waitFor({ timeout: 10_000 });
  }
  await page.keyboard.press('n');
  await expectCurrent(next.number);
}

/** Records every citizen name the panel shows while `number` is the current ticket. */
async function watchNames(number: string): Promise<void> {
  await page.evaluate((n) => {
    const seen: string[] = [];
    (window as unknown as { seenNames: string[] }).seenNames = seen;
    const look = () => {
      if (document.querySelector('[data-testid="current-number"]')?.textContent !== n) return;
      const name = document.querySelector('[data-testid="citizen-name"]')?.textContent;
      if (name) seen.push(name);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, number);
}

const seenNames = () => page.evaluate(() => (window as unknown as { seenNames: string[] }).seenNames);

/** Completes the current ticket with the C key: the counter is free again. */
async function complete(): Promise<void> {
  await page.keyboard.press('c');
  await expectCurrent(null);
}

const panel = () => page.getByTestId('citizen-request');
const ready = (masked: boolean) =>
  page.locator(`[data-testid="citizen-request"][data-state="ready"][data-masked="${masked}"]`).waitFor({ timeout: 10_000 });
const text = async (testId: string) => (await page.getByTestId(testId).textContent())?.trim();

async function audit(action: string) {
  const res = await api.call<AuditResponse>('GET', '/admin/audit?entity=citizen&limit=200', undefined, admin);
  expect(res.status).toBe(200);
  return res.body.entries.filter((e) => e.action === action);
}

describe("the citizen's request at the counter", () => {
  // A failed test leaves no ticket at the counter for the next one.
  afterEach(async () => {
    await page.unrouteAll();
    if ((await page.getByTestId('current-number').getAttribute('data-empty')) !== 'true') await complete();
  });

  it('shows the request masked when the citizen chose to hide, reveals it (audited) for that ticket only', async () => {
    const first = await webTicket(hiding, [
      { name: 'ทะเบียนบ้าน.pdf', content: PDF },
      { name: 'บัตรประชาชน.png', content: PNG },
    ]);
    const second = await webTicket(hiding);
    await callNext(first.ticket);
    await ready(true);

    expect(await text('request-subject')).toBe('ขอคัดสำเนาทะเบียนบ้าน');
    expect(await text('request-details')).toBe('ต้องการ 2 ฉบับ');
    expect(await text('request-contact')).toBe('โทรศัพท์');
    expect(await text('citizen-name')).toBe('ส*** ใ***');
    expect(await text('citizen-phone')).toBe('xxxxxxxx78');
    expect(await text('citizen-email')).toBe('s***@example.com');
    expect(await text('citizen-address')).toBe('***');
    expect(await text('citizen-id-last4')).toBe(hidingCid.slice(-4));
    const masked = (await panel().textContent()) ?? '';
    for (const secret of ['สมชาย', 'ใจดี', '081-234-5678', 'somchai@', 'มหาสารคาม']) expect(masked).not.toContain(secret);
    const docs = first.request.documents;
    expect(docs.map((d) => d.name)).toEqual(['ทะเบียนบ้าน.pdf', 'บัตรประชาชน.png']);
    for (const d of docs) expect(await text(`document-link-${d.id}`)).toBe(d.name);
    // Reading the masked request is not a reveal.
    expect(await audit('reveal')).toEqual([]);
    // Serving (so the console's own "called ticket has not come" hint is gone): no serious axe findings.
    await page.keyboard.press('s');
    await page.locator('[data-testid="current-status"][data-status="serving"]').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);

    // In English too.
    await page.getByTestId('lang-en').click();
    await textIs(page, 'reveal', 'Reveal personal data');
    expect(await text('request-contact')).toBe('Phone');
    await page.getByTestId('lang-th').click();
    await textIs(page, 'reveal', 'แสดงข้อมูลส่วนตัว');

    await page.getByTestId('reveal').click();
    await ready(false);
    expect(await text('citizen-name')).toBe('สมชาย ใจดี');
    expect(await text('citizen-phone')).toBe('081-234-5678');
    expect(await text('citizen-email')).toBe('somchai@example.com');
    expect(await text('citizen-address')).toBe('27 ถนนผังเมืองบัญชา มหาสารคาม');
    await page.getByTestId('revealed-note').waitFor();
    expect(await page.getByTestId('reveal').count()).toBe(0);

    const reveals = await audit('reveal');
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({
      user: { id: clerk.id, displayName: 'สมหญิง รักงาน' },
      entity: 'citizen',
      after: { ticketId: first.ticket.id, requestId: first.request.id },
    });

    // The citizen's next ticket starts masked again, without a glimpse of the revealed name.
    await watchNames(second.ticket.number);
    await serveAndCallNext(second.ticket);
    await ready(true);
    expect(await text('citizen-name')).toBe('ส*** ใ***');
    expect(await seenNames()).not.toContain('สมชาย ใจดี');
    await page.getByTestId('no-documents').waitFor();
    expect(await page.getByTestId('reveal').count()).toBe(1);
    expect(await audit('reveal')).toHaveLength(1);
    await complete();
    await panel().waitFor({ state: 'detached' });
  });

  it('downloads an attached document with its own bytes and name (audited), unmasked for a citizen who did not hide', async () => {
    const { ticket, request } = await webTicket(open, [
      { name: 'แบบคำขอ.pdf', content: PDF },
      { name: 'photo.png', content: PNG },
    ]);
    const [pdf, png] = request.documents;
    await callNext(ticket);
    await ready(false);
    expect(await text('citizen-name')).toBe('มานี มีนา');
    expect(await text('citizen-phone')).toBe('089-111-2233');
    expect(await page.getByTestId('reveal').count()).toBe(0);
    expect(await page.getByTestId('revealed-note').count()).toBe(0);

    for (const [doc, bytes] of [
      [png!, PNG],
      [pdf!, PDF],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.getByTestId(`document-link-${doc.id}`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(doc.name);
      const saved = await readFile((await download.path())!);
      expect(saved.equals(bytes)).toBe(true);
    }
    const downloads = await audit('document-download');
    expect(downloads.map((e) => e.after)).toEqual([
      { documentId: pdf!.id, requestId: request.id },
      { documentId: png!.id, requestId: request.id },
    ]);
    expect(downloads.every((e) => e.user?.id === clerk.id)).toBe(true);
    await complete();
  });

  it('shows no panel for a walk-in', async () => {
    const ticket = await walkIn();
    await page.getByTestId(`waiting-${ticket.number}`).waitFor({ timeout: 10_000 });
    const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/tickets/${ticket.id}/request`));
    await page.keyboard.press('n');
    await expectCurrent(ticket.number);
    expect((await answer).status()).toBe(404);
    // Past the moment a slow answer would show "loading".
    await page.waitForTimeout(600);
    expect(await panel().count()).toBe(0);
    await complete();
  });

  it('shows loading while it waits, and a late answer about a ticket that has left shows nothing', async () => {
    const { ticket: web } = await webTicket(open);
    const next = await walkIn();
    // The hub's answer about the web ticket reaches the console late: held back until the next
    // ticket is current and its own answer is in, then let go.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lateDone!: () => void;
    const late = new Promise<void>((resolve) => (lateDone = resolve));
    await page.route(`**/api/v1/tickets/${web.id}/request`, async (route) => {
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
      lateDone();
    });
    await callNext(web);
    await page.locator('[data-testid="citizen-request"][data-state="loading"]').waitFor({ timeout: 5000 });
    const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/tickets/${next.id}/request`));
    await serveAndCallNext(next);
    expect((await answer).status()).toBe(404);
    release();
    await late;
    // Nothing must show, which has no event to wait for: a short wait for the late answer to land.
    await page.waitForTimeout(300);
    expect(await panel().count()).toBe(0);
    await page.unroute(`**/api/v1/tickets/${web.id}/request`);
    await complete();
  });

  it('shows an error with a retry when the hub cannot answer', async () => {
    const { ticket } = await webTicket(open);
    const path = `**/api/v1/tickets/${ticket.id}/request`;
    await page.route(path, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal-error', message: 'boom' } }),
      }),
    );
    await callNext(ticket);
    await page.locator('[data-testid="citizen-request"][data-state="error"]').waitFor({ timeout: 10_000 });
    await textIs(page, 'request-error', 'โหลดคำขอไม่สำเร็จ: ระบบขัดข้อง กรุณาลองอีกครั้ง');
    await page.unroute(path);
    await page.getByTestId('request-retry').click();
    await ready(false);
    expect(await text('request-subject')).toBe('ขอคัดสำเนาทะเบียนบ้าน');
    await complete();
  });
});
