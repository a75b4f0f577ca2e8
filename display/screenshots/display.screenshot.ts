// Makes docs/screenshots/display.png (1920x1080) and display-portrait.png: the lobby board with
// every counter busy and the announcement ticker running. Run by `npm run screenshots` (after `npm run build`), not by `npm test`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub } from '../../test/support/hub.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('display screenshot', () => {
  it('captures the board with live data', async () => {
    const hub = await startTestHub({ seed: 'demo' });
    const browser = await launchBrowser();
    try {
      const token = await hub.login();
      const { services } = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as {
        services: Array<{ id: number; code: string }>;
      };
      const id = (code: string) => services.find((s) => s.code === code)!.id;
      const post = async (path: string, body: unknown = {}, auth = true) =>
        fetch(`${hub.url}/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
      // The lobby ticker's text, as an admin sets it.
      const announcement = {
        th: 'กรุณาเตรียมบัตรประจำตัวประชาชนให้พร้อมก่อนถึงคิว · ชำระภาษีป้ายได้ถึง 31 มีนาคม · งดให้บริการในวันหยุดนักขัตฤกษ์',
        en: 'Please have your ID card ready before your number is called · Signboard tax is due by 31 March · Closed on public holidays',
      };
      await fetch(`${hub.url}/api/v1/admin/settings`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ office: { announcement } }),
      });
      const waiting = 'AAAAAAABBBBCCCDDEEEFGGHHH';
      for (const code of waiting) await post('/tickets', { serviceId: id(code) }, false);

      const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await board.goto(`${hub.url}/display/?voice=off`);
      await board.locator('[data-testid="board"][data-status="online"]').waitFor();
      // Each counter starts serving what it called before calling again (call-next then completes it).
      for (const counter of [4, 3, 2, 1, 4, 3, 2, 1]) {
        const res = await fetch(`${hub.url}/api/v1/counters`, { headers: { authorization: `Bearer ${token}` } });
        const { counters } = (await res.json()) as {
          counters: Array<{ id: number; current: { id: number; status: string } | null }>;
        };
        const current = counters.find((c) => c.id === counter)?.current;
        if (current?.status === 'called') await post(`/tickets/${current.id}/start`);
        await post(`/counters/${counter}/call-next`);
      }
      // Let the last call's highlight finish, so the picture shows the board at rest.
      await board.waitForTimeout(3800);
      await board.evaluate(() => document.fonts.ready);
      // The ticker scrolls; the picture shows it at the start of its text.
      await board.addStyleTag({ content: '.ticker-track { animation: none !important; }' });
      mkdirSync(OUT, { recursive: true });
      await board.screenshot({ path: `${OUT}display.png` });
      await board.setViewportSize({ width: 1080, height: 1920 });
      await board.waitForTimeout(300);
      await board.screenshot({ path: `${OUT}display-portrait.png` });
    } finally {
      await browser.close();
      await hub.dispose();
    }
  }, 60_000);
});
