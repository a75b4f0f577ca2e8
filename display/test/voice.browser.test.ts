// The board's voice in Chromium against a real hub, with the clip set the build made with
// espeak-ng: calls are said in order, one at a time, each once, from clip files the page really
// loaded; a browser that refuses autoplay gets the tap-to-enable overlay. Needs `npm run build -w display`.
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { callScript } from '../src/renderer/voice/call-script.js';
import { driver, voiceLog, waitForVoice, type Driver } from './board-driver.js';

let hub: TestHub;
let browser: Browser;
let d: Driver;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
  d = await driver(hub);
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

/** A board with the voice log on and the voice sped up (a Thai call lasts ~8 s as recorded). */
async function openBoard(b: Browser, query = ''): Promise<{ page: Page; clipResponses: Response[] }> {
  const page = await b.newPage({ viewport: { width: 1920, height: 1080 } });
  const clipResponses: Response[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/voice/')) clipResponses.push(r);
  });
  await page.goto(`${hub.url}/display/?voicelog=1&voicerate=8${query}`);
  await page.locator('[data-testid="board"][data-status="online"]').waitFor({ timeout: 5000 });
  return { page, clipResponses };
}

describe('voice calls', () => {
  it('says each call in Thai after a chime, in order, one at a time, a queued recall once', async () => {
    const { page, clipResponses } = await openBoard(browser);
    const a = await d.issue('A');
    const b = await d.issue('B');
    const c = await d.issue('C');
    expect((await d.callNext(1)).number).toBe(a.number);
    expect((await d.callNext(2)).number).toBe(b.number);
    expect((await d.callNext(3)).number).toBe(c.number);
    // C is still waiting its turn behind A and B: its recall must not make it twice.
    await d.staff(`/tickets/${c.id}/recall`);
    await waitForVoice(page, 'end', 3);

    const log = await voiceLog(page);
    const said = log.filter((e) => e.event === 'start' || e.event === 'end').map((e) => `${e.event} ${e.number}`);
    expect(said).toEqual([
      `start ${a.number}`,
      `end ${a.number}`,
      `start ${b.number}`,
      `end ${b.number}`,
      `start ${c.number}`,
      `end ${c.number}`,
    ]);
    expect(log.filter((e) => e.event === 'skip')).toEqual([expect.objectContaining({ number: c.number, reason: 'duplicate' })]);
    // Unpaired: Thai only, digit by digit: "หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ หนึ่ง ค่ะ".
    const first = log.find((e) => e.event === 'start')!;
    expect(first.engine).toBe('clips');
    expect(first.clips).toEqual(callScript(a.number, 1, { languages: ['th'], numbers: 'digits' }).clips);
    expect(first.clips?.slice(0, 3)).toEqual(['chime', 'number', 'letter-a']);

    // The page really fetched every clip it played, from the built-in set, and got it.
    const played = new Set(log.flatMap((e) => e.urls ?? []));
    expect(played.size).toBeGreaterThan(5);
    for (const url of played) {
      expect(url).toMatch(/^\/display\/voice\/default\/[a-z0-9-]+\.wav$/);
      const responses = clipResponses.filter((r) => new URL(r.url()).pathname === url);
      expect(responses.length, url).toBeGreaterThan(0);
      expect(responses.every((r) => r.status() === 200)).toBe(true);
    }

    // Said and done, a recall is news again.
    await d.staff(`/tickets/${b.id}/recall`);
    await waitForVoice(page, 'end', 4);
    const last = (await voiceLog(page)).filter((e) => e.event === 'start').at(-1)!;
    expect(last).toMatchObject({ number: b.number, counterId: 2, recall: true });
    await page.close();
  });

  it('plays a recorded set uploaded by an admin, with the default set for the clips it lacks', async () => {
    // The built-in chime stands in for a recording here: a real WAV, uploaded as the set's "number".
    const take = Buffer.from(await (await fetch(`${hub.url}/display/voice/default/chime.wav`)).arrayBuffer());
    const upload = await fetch(`${hub.url}/api/v1/admin/voice-sets/office/clips/number`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await hub.login()}`, 'content-type': 'audio/wav' },
      body: take,
    });
    expect(upload.status).toBe(201);
    const { page, clipResponses } = await openBoard(browser, '&voiceset=office');
    const ticket = await d.issue('D');
    await d.callNext(4);
    await page.getByTestId('now-calling-number').filter({ hasText: ticket.number }).waitFor({ timeout: 10_000 });
    await waitForVoice(page, 'end', 1);
    const start = (await voiceLog(page)).find((e) => e.event === 'start')!;
    expect(start.urls?.[1]).toMatch(/^\/voice\/office\/number\.wav\?v=/);
    expect(start.urls?.[2]).toBe('/display/voice/default/letter-d.wav');
    const recorded = clipResponses.find((r) => r.url().includes('/voice/office/number.wav'));
    expect(recorded?.status()).toBe(200);
    await page.close();
  });
});

describe('a browser that refuses autoplay', () => {
  // Playwright's own page evaluations count as user gestures, so until the overlay is tapped this
  // test only listens (console, hub) and never evaluates in the page.
  it('shows "tap to enable sound" once, and plays after the tap', async () => {
    const strict = await launchBrowser({ args: ['--autoplay-policy=document-user-activation-required'] });
    try {
      const page = await strict.newPage({ viewport: { width: 1920, height: 1080 } });
      // The board checks the hub's clock as soon as it is online.
      const online = page.waitForResponse((r) => r.url().endsWith('/api/v1/health'), { timeout: 8000 });
      await page.goto(`${hub.url}/display/?voicelog=1&voicerate=8`);
      await online;
      const blocked = page.waitForEvent('console', { predicate: (m) => m.text().includes('blocks sound'), timeout: 8000 });
      const ticket = await d.issue('A');
      await d.callNext(1);
      await blocked;

      await expect(page.getByTestId('sound-overlay').textContent()).resolves.toContain('แตะเพื่อเปิดเสียง');
      await expect(page.getByTestId('sound-overlay').textContent()).resolves.toContain('Tap to enable sound');
      expect((await voiceLog(page)).map((e) => e.event)).toEqual(['start', 'blocked']);
      // The board itself shows the call all the same.
      await expect(page.getByTestId('now-calling-number').textContent()).resolves.toBe(ticket.number);

      await page.getByTestId('sound-overlay').click();
      await page.getByTestId('sound-overlay').waitFor({ state: 'detached', timeout: 10_000 });
      const next = await d.issue('A');
      await d.callNext(1);
      await waitForVoice(page, 'end', 1);
      const said = (await voiceLog(page)).filter((e) => e.event === 'end');
      expect(said.map((e) => e.number)).toEqual([next.number]);
      expect(await page.getByTestId('sound-overlay').count()).toBe(0);
    } finally {
      await strict.close();
    }
  });
});
