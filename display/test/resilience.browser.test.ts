// The board through hub restarts, in Chromium: the lost link shows within 2 s, the board is back
// and right within 2 s of the hub's return, one connection per screen however often it happens,
// and calls made while it was cut off are shown but never said late.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/src/clock.js';
import { openDatabase } from '../../server/src/db/open.js';
import { Queue } from '../../server/src/queue/queue.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { driver, voiceLog, waitForVoice, type Driver } from './board-driver.js';

let hub: TestHub;
let browser: Browser;
let d: Driver;
let page: Page;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
  d = await driver(hub);
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${hub.url}/display/?voicelog=1&voicerate=16`);
  await page.locator('[data-testid="board"][data-status="online"]').waitFor({ timeout: 5000 });
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

const nowCalling = (number: string, timeout: number) =>
  page.getByTestId('now-calling-number').filter({ hasText: number }).waitFor({ timeout });

/** Stops the hub and waits for the board to say so; returns how long that took. */
async function loseHub(): Promise<number> {
  await hub.close();
  const at = Date.now();
  await page.getByTestId('link-lost').waitFor({ timeout: 2000 });
  return Date.now() - at;
}

/** Starts the hub again and waits for the board to be online; returns how long that took. */
async function returnHub(): Promise<number> {
  await hub.restart();
  const at = Date.now();
  await page.locator('[data-testid="board"][data-status="online"]').waitFor({ timeout: 2500 });
  return Date.now() - at;
}

describe('a board through hub restarts', () => {
  it('shows calls made while it was cut off, but does not say them late', async () => {
    const live = await d.issue('A');
    await d.callNext(1);
    await waitForVoice(page, 'end', 1);

    expect(await loseHub()).toBeLessThan(2000);
    // Calls made while this screen hears nothing (its cable out, its hub restarting).
    const db = openDatabase(hub.dataDir);
    const queue = new Queue({ db, clock: systemClock, timeZone: 'Asia/Bangkok' });
    const missed = queue.issue({ serviceId: d.serviceId('C') }).ticket;
    expect(queue.call(3, null)?.number).toBe(missed.number);
    db.close();

    expect(await returnHub()).toBeLessThan(2000);
    // In the right state: the missed call is on the board (replayed), yet never said.
    await nowCalling(missed.number, 2000);
    await expect(page.getByTestId('counter-3-current').textContent()).resolves.toBe(missed.number);
    await page.waitForTimeout(300);
    const log = await voiceLog(page);
    expect(log.filter((e) => e.event === 'start').map((e) => e.number)).toEqual([live.number]);
    expect(log).toContainEqual(expect.objectContaining({ event: 'skip', number: missed.number, reason: 'replayed' }));

    // The next live call is news again.
    const next = await d.issue('D');
    await d.callNext(4);
    await nowCalling(next.number, 1000);
    await waitForVoice(page, 'end', 2);
    expect((await voiceLog(page)).filter((e) => e.event === 'start').map((e) => e.number)).toEqual([live.number, next.number]);
  });

  it('comes back each time within 2 s, with one connection, never reloading', async () => {
    await page.evaluate(() => ((window as unknown as { boardMarker: number }).boardMarker = 7));
    for (let round = 0; round < 3; round++) {
      expect(await loseHub(), `round ${round}: link lost shown`).toBeLessThan(2000);
      expect(await returnHub(), `round ${round}: back online`).toBeLessThan(2000);
      await page.getByTestId('link-lost').waitFor({ state: 'detached', timeout: 1000 });
      // One screen, one connection: no reconnect loop stacked on Socket.IO's own.
      expect(hub.hub.io.engine.clientsCount, `round ${round}`).toBe(1);
    }
    const ticket = await d.issue('H');
    await d.callNext(3);
    await nowCalling(ticket.number, 1000);
    await page.waitForTimeout(1000);
    expect(hub.hub.io.engine.clientsCount).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { boardMarker?: number }).boardMarker)).toBe(7);
  });
});
