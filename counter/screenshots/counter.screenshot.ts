// Makes docs/screenshots/counter.png: the console at 1366x768 in the middle of a morning.
// Run by `npm run screenshots` (after `npm run build`), not by `npm test`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { ManualClock } from '../../server/src/clock.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub } from '../../test/support/hub.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('counter screenshot', () => {
  it('captures the console with live data', async () => {
    const realNow = Date.now();
    const clock = new ManualClock(new Date(realNow - 48 * 60_000));
    const hub = await startTestHub({ seed: 'demo', clock });
    const browser = await launchBrowser();
    try {
      const token = await hub.login();
      const { services } = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as {
        services: Array<{ id: number; code: string }>;
      };
      const id = (code: string) => services.find((s) => s.code === code)!.id;
      const post = async (path: string, body: unknown = {}, auth = true) => {
        const res = await fetch(`${hub.url}/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        return (await res.json()) as { ticket: { id: number } };
      };
      // A morning's arrivals, a few minutes apart.
      const arrivals: Array<[string, string?]> = [
        ['A'],
        ['B'],
        ['A'],
        ['A', 'elderly'],
        ['B'],
        ['A'],
        ['B'],
        ['A', 'pregnant'],
        ['A'],
        ['B'],
        ['A'],
        ['B', 'monk'],
        ['A'],
        ['A'],
      ];
      for (const [code, priority] of arrivals) {
        await post('/tickets', { serviceId: id(code), ...(priority ? { priority } : {}) }, false);
        clock.advance(3 * 60_000);
      }
      // Counter 1: one ticket parked, one that did not come, one being served now.
      const held = await post('/counters/1/call-next');
      await post(`/tickets/${held.ticket.id}/start`);
      await post(`/tickets/${held.ticket.id}/hold`);
      const missing = await post('/counters/1/call-next');
      await post(`/tickets/${missing.ticket.id}/recall`);
      await post(`/tickets/${missing.ticket.id}/no-show`);
      clock.set(new Date(realNow - 4 * 60_000));
      await post('/counters/2/call-next');
      clock.set(new Date(realNow - 2 * 60_000));
      const current = await post('/counters/1/call-next');
      await post(`/tickets/${current.ticket.id}/start`);
      clock.set(new Date(realNow));

      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${hub.url}/counter/`);
      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill(hub.adminPassword);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('choose-counter-1').click();
      await page.locator('[data-testid="link-status"][data-status="online"]').waitFor();
      await page.getByTestId('current-status').waitFor();
      await page.evaluate(() => document.fonts.ready);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}counter.png` });
      await page.getByTestId('lang-en').click();
      await page.screenshot({ path: `${OUT}counter-en.png` });
    } finally {
      await browser.close();
      await hub.dispose();
    }
  }, 60_000);
});
