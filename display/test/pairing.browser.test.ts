// A display paired with the hub (a device an admin created, docs/admin-api.md) in Chromium: it
// takes its pairing code once, keeps the token, and shows and says only what its settings ask for.
// Unpaired, it shows all.
import type { Browser, Page } from 'playwright-core';
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

async function createDisplay(settings: Record<string, unknown>): Promise<{ id: number; code: string }> {
  const res = await d.admin('POST', '/admin/devices', { name: 'ทีวีโถงชั้น 1', kind: 'display', settings });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { device: { id: number }; pairingCode: string };
  return { id: body.device.id, code: body.pairingCode };
}

const online = (page: Page) => page.locator('[data-testid="board"][data-status="online"]').waitFor({ timeout: 5000 });
const board = (page: Page) => page.getByTestId('board');

describe('a paired display', () => {
  it('pairs once from ?pair=, then shows and says only its counters, in Thai and English words', async () => {
    const settings = {
      counterIds: [2, 3],
      serviceIds: [d.serviceId('B'), d.serviceId('C')],
      voice: true,
      languages: ['th', 'en'],
      voiceNumbers: 'words',
    };
    const { id, code } = await createDisplay(settings);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${hub.url}/display/?pair=${code.toLowerCase()}&voicelog=1&voicerate=16`);
    await online(page);
    // The code is spent and gone from the address; the token stays in the browser.
    expect(new URL(page.url()).searchParams.has('pair')).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('oss.display.deviceToken'))).toMatch(/.{20,}/);
    await expect(board(page).getAttribute('data-counters')).resolves.toBe('2,3');
    expect(await page.getByTestId('counter-1').count()).toBe(0);
    await page.getByTestId('counter-2').waitFor();
    expect(await page.getByTestId('waiting-A').count()).toBe(0);
    await page.getByTestId('waiting-B').waitFor();
    await page.getByTestId('waiting-C').waitFor();

    // A call at counter 1 is not this screen's business; one at counter 2 is, said in both languages.
    await d.issue('A');
    await d.callNext(1);
    const b = await d.issue('B');
    await d.callNext(2);
    await page.getByTestId('now-calling-number').filter({ hasText: b.number }).waitFor({ timeout: 10_000 });
    await waitForVoice(page, 'end', 1);
    const log = await voiceLog(page);
    expect(log.filter((e) => e.event === 'start').map((e) => e.number)).toEqual([b.number]);
    expect(log.find((e) => e.event === 'start')?.clips).toEqual(
      callScript(b.number, 2, { languages: ['th', 'en'], numbers: 'words' }).clips,
    );

    // It stays paired across a restart of the page.
    await page.goto(`${hub.url}/display/`);
    await online(page);
    await expect(board(page).getAttribute('data-counters')).resolves.toBe('2,3');

    // An admin turns the voice off and makes it Thai only: the screen follows on its next read.
    const patch = await d.admin('PATCH', `/admin/devices/${id}`, { settings: { voice: false, languages: ['th'] } });
    expect(patch.status).toBe(200);
    await page.reload();
    await online(page);
    await page.locator('[data-testid="board"][data-voice="off"]').waitFor({ timeout: 5000 });
    await expect(page.locator('.board-th-only').count()).resolves.toBe(1);
    expect(await page.locator('.now-counter-en, .counter-name-en').first().isVisible()).toBe(false);

    // A new pairing code revokes this screen's token: it falls back to showing everything.
    expect((await d.admin('POST', `/admin/devices/${id}/pairing-code`)).status).toBe(200);
    await page.reload();
    await page.locator('[data-testid="board"][data-counters="all"]').waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => localStorage.getItem('oss.display.deviceToken'))).toBeNull();
    await page.getByTestId('counter-1').waitFor();
    await page.close();
  });

  it('says why a wrong code did not pair, and can go on unpaired', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${hub.url}/display/?pair=WRNG-CODE`);
    await page.getByTestId('setup-error').waitFor({ timeout: 5000 });
    await expect(page.getByTestId('setup-error').textContent()).resolves.toMatch(/pairing code/i);
    await page.getByTestId('setup-skip').click();
    await online(page);
    await expect(board(page).getAttribute('data-counters')).resolves.toBe('all');
    await expect(board(page).getAttribute('data-voice')).resolves.toBe('on');

    // The setup screen pairs by typing the code too.
    const { code } = await createDisplay({ counterIds: [4] });
    await page.goto(`${hub.url}/display/?setup`);
    await page.getByTestId('setup-code').fill(code);
    await page.getByTestId('setup-pair').click();
    await online(page);
    await expect(board(page).getAttribute('data-counters')).resolves.toBe('4');
    expect(new URL(page.url()).searchParams.has('setup')).toBe(false);
    await page.close();
  });
});
