// Makes docs/screenshots/admin.png: the admin pages' services list with a service open for editing
// (documents to bring, hours, cap), and admin-devices.png: a new kiosk's pairing code.
// Run by `npm run screenshots` (after `npm run build`), not by `npm test`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub } from '../../test/support/hub.js';
import { signInUi } from '../test/ui-support.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('admin screenshot', () => {
  it('captures the services page and a pairing code', async () => {
    const hub = await startTestHub({ seed: 'demo' });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Bangkok' });
      await signInUi(page, hub, 'admin', hub.adminPassword);
      await page.getByTestId('nav-admin').click();
      await page.getByTestId('edit-service-B').click();
      await page.getByTestId('service-form').waitFor();
      await page.evaluate(() => document.fonts.ready);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}admin.png`, fullPage: true });

      await page.getByTestId('tab-devices').click();
      await page.getByTestId('device-name').fill('ตู้กดบัตรคิว ชั้น 1');
      await page.getByTestId('device-save').click();
      await page.getByTestId('pairing-code').waitFor();
      await page.getByTestId('devices-table').waitFor();
      await page.screenshot({ path: `${OUT}admin-devices.png` });
    } finally {
      await browser.close();
      await hub.dispose();
    }
  }, 60_000);
});
