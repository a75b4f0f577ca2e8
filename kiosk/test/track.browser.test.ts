// The ticket tracker (/t/<code>) on a phone-sized Chromium against a real hub: live updates as
// staff call and serve the ticket, rating, cancelling, and an unknown code.
import type { Ticket, TrackResponse } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePage, http, issueByApi, openPage, PHONE, startKit, stopKit, type Kit } from './browser-kit.js';

let kit: Kit;

beforeAll(async () => {
  kit = await startKit();
});

afterAll(() => stopKit(kit));

describe('ticket tracker', () => {
  it('shows the ticket and follows it live as the queue moves and it is called, then takes a rating', async () => {
    await issueByApi(kit, 'A', { channel: 'kiosk' });
    const mine = await issueByApi(kit, 'A', { channel: 'kiosk', priority: 'none' });
    expect(mine.number).toBe('A002');
    const { page, errors } = await openPage(kit, `/t/${mine.trackingCode}`, PHONE);
    await page.getByTestId('track-number').waitFor();
    expect(await page.getByTestId('track-number').textContent()).toBe('A002');
    expect(await page.getByTestId('track-service').textContent()).toBe('งานทะเบียนราษฎร');
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('waiting');
    expect(await page.getByTestId('track-status').textContent()).toContain('รอเรียก');
    expect(await page.getByTestId('track-ahead').getAttribute('data-ahead')).toBe('1');
    expect(await page.getByTestId('track-ahead').textContent()).toBe('1 คิว');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    // A001 is called: one fewer ahead, and A001 shows in the now-serving list.
    const token = await kit.hub.login();
    const first = await http<{ ticket: Ticket }>(kit, '/counters/1/call-next', { body: {}, token });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.ticket.number).toBe('A001');
    await expect.poll(() => page.getByTestId('track-ahead').getAttribute('data-ahead'), { timeout: 5000 }).toBe('0');
    expect(await page.getByTestId('track-ahead').textContent()).toBe('คุณคือคิวถัดไป');
    expect(await page.getByTestId('now-serving').textContent()).toContain('A001');

    // Our turn, at counter 2.
    const called = await http<{ ticket: Ticket }>(kit, '/counters/2/call-next', { body: {}, token });
    expect(called.status, JSON.stringify(called.body)).toBe(200);
    expect(called.body.ticket.number).toBe('A002');
    const turn = page.getByTestId('your-turn');
    await turn.waitFor({ timeout: 5000 });
    expect(await turn.textContent()).toContain('ถึงคิวของคุณแล้ว');
    expect(await page.getByTestId('your-counter').textContent()).toBe('ช่องบริการ 2');
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('called');
    expect(await page.getByTestId('track-ahead').count()).toBe(0);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);

    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('your-counter').textContent()).toBe('Counter 2');
    expect(await turn.textContent()).toContain('It’s your turn');
    await page.getByTestId('lang-th').click();

    const id = called.body.ticket.id;
    expect((await http(kit, `/tickets/${id}/start`, { body: {}, token })).status).toBe(200);
    expect((await http(kit, `/tickets/${id}/complete`, { body: {}, token })).status).toBe(200);
    await page.getByTestId('rating').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('rating-submit').isDisabled()).toBe(true);
    await page.getByTestId('rating-star-4').click();
    await page.getByTestId('rating-comment').fill('บริการดีมาก');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-thanks').waitFor();
    expect(await page.getByTestId('rating-thanks').textContent()).toContain('ขอบคุณ');
    const again = await http<{ error: { code: string } }>(kit, `/tickets/track/${mine.trackingCode}/rating`, {
      body: { score: 5 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already-rated');
    await closePage(page, errors);
  });

  it('cancels from the phone after a confirmation', async () => {
    const ticket = await issueByApi(kit, 'G');
    const { page, errors } = await openPage(kit, `/t/${ticket.trackingCode}`, PHONE);
    await page.getByTestId('track-number').waitFor();
    expect(await page.getByTestId('track-number').textContent()).toBe(ticket.number);

    await page.getByTestId('cancel').click();
    await page.getByTestId('cancel-no').click();
    expect(await page.getByTestId('cancel-dialog').count()).toBe(0);
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('waiting');

    await page.getByTestId('cancel').click();
    await page.getByTestId('cancel-yes').click();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 5000 }).toBe('cancelled');
    expect(await page.getByTestId('track-status').textContent()).toContain('ยกเลิก');
    expect(await page.getByTestId('cancel').count()).toBe(0);
    const { body } = await http<TrackResponse>(kit, `/tickets/track/${ticket.trackingCode}`);
    expect(body.ticket.status).toBe('cancelled');
    await closePage(page, errors);
  });

  it('says so when the code is unknown', async () => {
    const { page, errors } = await openPage(kit, '/t/NOSUCHCODE42', PHONE);
    const notFound = page.getByTestId('track-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('ไม่พบคิวนี้');
    await closePage(page, errors);
  });
});
