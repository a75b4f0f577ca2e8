// A board runs for days: 3000 calls through a real hub to one Chromium board (voice stubbed to
// finish at once) must leave its JS heap and DOM where they were. Measured after forced garbage
// collection, once warmed up and again at the end.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { VOICE_LOG_KEPT } from '../src/renderer/voice/voice-log.js';

const CALLS = 3000;
const WARM_UP = 300;
const BATCH = 100;
const MAX_HEAP_GROWTH = 5 * 1024 * 1024;

let hub: TestHub;
let browser: Browser;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${hub.url}/display/?voice=stub&voicelog=1`);
  await page.locator('[data-testid="board"][data-status="online"]').waitFor({ timeout: 5000 });
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await hub?.dispose();
});

interface Sample {
  heap: number;
  nodes: number;
  listeners: number;
  elements: number;
}

async function sample(): Promise<Sample> {
  // Twice: the first pass can leave what only a second one frees (weak references, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heap: usedSize, nodes, listeners: jsEventListeners, elements };
}

const flashes = () => page.getByTestId('now-calling-call').getAttribute('data-flash').then(Number);

describe('soak', () => {
  it(`keeps memory and the DOM flat over ${CALLS} calls`, async () => {
    const queue = hub.hub.queue;
    const services = new Map(queue.services().map((s) => [s.code, s.id]));
    // Four tickets called at the four counters, then recalled again and again: each recall is a
    // call event the board shows (highlight, lists) and hands to the voice.
    const tickets = (['A', 'B', 'C', 'D'] as const).map((code) => queue.issue({ serviceId: services.get(code)! }).ticket);
    const called = [1, 2, 3, 4].map((counter) => queue.call(counter, null)!);
    expect(called.map((t) => t.number).sort()).toEqual(tickets.map((t) => t.number).sort());
    // Let the board keep up, as it would at an office's pace (far slower). By version, not by
    // highlight count: on a starved machine a missed ping means a reconnect, whose catch-up is
    // (rightly) neither highlighted nor said.
    const caughtUp = () =>
      page.waitForFunction(
        (v) => Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-version')) >= v,
        queue.log.latestVersion(),
        { timeout: 20_000 },
      );
    await caughtUp();

    let done = 0;
    const recall = async (count: number) => {
      for (let i = 0; i < count; i++) {
        queue.act(called[done % called.length]!.id, 'recall', null);
        done++;
        if (done % BATCH === 0) await caughtUp();
      }
    };

    await recall(WARM_UP);
    const start = await sample();
    const began = Date.now();
    await recall(CALLS - WARM_UP);
    await caughtUp();
    const end = await sample();

    // The calls reached the board and its (stubbed) voice, whose log stays bounded.
    expect(await flashes()).toBeGreaterThan(CALLS / 2);
    expect(await page.evaluate(() => window.ossVoiceLog?.length)).toBe(VOICE_LOG_KEPT);
    expect(hub.hub.io.engine.clientsCount).toBe(1);

    const growth = end.heap - start.heap;
    console.log(
      `soak: ${CALLS - WARM_UP} calls in ${Date.now() - began} ms; heap ${(start.heap / 1e6).toFixed(2)} → ${(end.heap / 1e6).toFixed(2)} MB, ` +
        `DOM nodes ${start.nodes} → ${end.nodes}, elements ${start.elements} → ${end.elements}, listeners ${start.listeners} → ${end.listeners}, ` +
        `highlighted ${await flashes()}`,
    );
    expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
    expect(end.elements).toBe(start.elements);
    expect(end.nodes - start.nodes).toBeLessThan(200);
    expect(end.listeners - start.listeners).toBeLessThan(20);
  }, 60_000);
});
