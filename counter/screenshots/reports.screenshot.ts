// Makes docs/screenshots/reports.png: the reports page after a simulated office day (four counters,
// arrivals through the day, no-shows, ratings), driven through the API on a ManualClock.
// Run by `npm run screenshots` (after `npm run build`), not by `npm test`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { businessDayOf } from '@oss/shared';
import { ManualClock } from '../../server/src/clock.js';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub } from '../../test/support/hub.js';
import { hubClient, signInUi } from '../test/ui-support.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const DAY = businessDayOf(new Date(), 'Asia/Bangkok');

/** A small seeded generator, so the picture is the same each run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const COMMENTS = [
  'เจ้าหน้าที่บริการดีมาก พูดจาสุภาพ',
  'รอนานไปหน่อยช่วงเที่ยง',
  'รวดเร็ว ขอบคุณค่ะ',
  'อยากให้มีที่นั่งรอเพิ่ม',
  'Quick and friendly service, thank you',
];

describe('reports screenshot', () => {
  it('captures the reports page after a day', async () => {
    const clock = new ManualClock(`${DAY}T07:30:00+07:00`);
    const hub = await startTestHub({ seed: 'demo', clock });
    const browser = await launchBrowser();
    try {
      const api = hubClient(hub);
      const admin = await hub.login();
      const ids = await api.serviceIds();
      const rand = random(2569);
      const names = ['สมชาย ใจดี', 'สมหญิง รักงาน', 'วิชัย มั่นคง', 'มาลี ศรีสุข'];
      const tokens: string[] = [];
      for (const [i, name] of names.entries()) {
        const u = await api.user(admin, `desk${i + 1}`, 'staff', name);
        const token = await hub.login(u.username, u.password);
        await api.call('POST', `/counters/${i + 1}/sign-in`, {}, token);
        tokens.push(token);
      }
      const mix: Array<[string, number]> = [
        ['A', 30],
        ['B', 26],
        ['C', 20],
        ['D', 8],
        ['E', 7],
        ['F', 5],
        ['G', 2],
        ['H', 2],
      ];
      const pickService = () => {
        let x = rand() * 100;
        for (const [code, w] of mix) if ((x -= w) < 0) return code;
        return 'A';
      };
      // Arrivals per minute by hour: a morning peak, a lunch dip.
      const rate: Record<number, number> = { 8: 0.55, 9: 0.6, 10: 0.45, 11: 0.35, 12: 0.2, 13: 0.4, 14: 0.3, 15: 0.15 };
      const desks = tokens.map(() => ({
        ticket: 0,
        tracking: '',
        phase: 'free' as 'free' | 'called' | 'serving' | 'missing',
        until: 0,
      }));
      const done: string[] = [];
      for (let m = 0; m < 8 * 60; m++) {
        clock.set(new Date(Date.parse(`${DAY}T08:00:00+07:00`) + m * 60_000));
        const hour = 8 + Math.floor(m / 60);
        if (hour < 16 && rand() < (rate[hour] ?? 0)) {
          await api.call('POST', '/tickets', {
            serviceId: ids.get(pickService()),
            ...(rand() < 0.12 ? { priority: 'elderly' } : {}),
          });
        }
        for (const [i, desk] of desks.entries()) {
          const token = tokens[i]!;
          if (desk.phase !== 'free' && m < desk.until) continue;
          if (desk.phase === 'missing') await api.call('POST', `/tickets/${desk.ticket}/no-show`, {}, token);
          if (desk.phase === 'called') {
            await api.call('POST', `/tickets/${desk.ticket}/start`, {}, token);
            desk.phase = 'serving';
            desk.until = m + 3 + Math.floor(rand() * 10);
            continue;
          }
          if (desk.phase === 'serving') {
            await api.call('POST', `/tickets/${desk.ticket}/complete`, {}, token);
            done.push(desk.tracking);
          }
          desk.phase = 'free';
          const next = await api.call<{ ticket: { id: number; trackingCode: string } | null }>(
            'POST',
            `/counters/${i + 1}/call-next`,
            {},
            token,
          );
          if (!next.body.ticket) continue;
          desk.ticket = next.body.ticket.id;
          desk.tracking = next.body.ticket.trackingCode;
          desk.phase = rand() < 0.07 ? 'missing' : 'called';
          desk.until = m + (desk.phase === 'missing' ? 4 : 1);
        }
      }
      for (const code of done) {
        if (rand() > 0.45) continue;
        const score = rand() < 0.55 ? 5 : rand() < 0.7 ? 4 : 3;
        const comment = rand() < 0.3 ? COMMENTS[Math.floor(rand() * COMMENTS.length)] : undefined;
        await api.call('POST', `/tickets/track/${code}/rating`, { score, ...(comment ? { comment } : {}) });
      }
      clock.set(`${DAY}T16:10:00+07:00`);

      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Bangkok' });
      await signInUi(page, hub, 'admin', hub.adminPassword);
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('report').waitFor();
      await page.evaluate(() => document.fonts.ready);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}reports.png`, fullPage: true });
    } finally {
      await browser.close();
      await hub.dispose();
    }
  }, 120_000);
});
