// What the kiosk's browser tests share: a real hub (demo office, port 0), a headless Chromium, and
// small helpers that take the kit as an argument.
import type { Service, Ticket } from '@oss/shared';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from '../../test/support/browser.js';
import { startTestHub, type TestHub } from '../../test/support/hub.js';

export const KIOSK = { width: 1080, height: 1920 };
export const PHONE = { width: 390, height: 844 };

export interface Kit {
  hub: TestHub;
  browser: Browser;
  services: Map<string, Service>;
}

export async function startKit(): Promise<Kit> {
  const hub = await startTestHub({ seed: 'demo' });
  const browser = await launchBrowser();
  const kit: Kit = { hub, browser, services: new Map() };
  const { body } = await http<{ services: Service[] }>(kit, '/services');
  for (const s of body.services) kit.services.set(s.code, s);
  return kit;
}

export async function stopKit(kit: Kit | undefined): Promise<void> {
  await kit?.browser.close();
  await kit?.hub.dispose();
}

export async function http<T>(
  kit: Kit,
  path: string,
  init: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${kit.hub.url}/api/v1${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function issueByApi(kit: Kit, code: string, extra: { priority?: string; channel?: string } = {}): Promise<Ticket> {
  const service = kit.services.get(code);
  if (!service) throw new Error(`no service ${code}`);
  const { status, body } = await http<{ ticket: Ticket }>(kit, '/tickets', {
    body: { serviceId: service.id, channel: 'web', ...extra },
  });
  expect(status).toBe(201);
  return body.ticket;
}

/** A fresh browser context (own storage); closePage fails the test on any uncaught page error. */
export async function openPage(
  kit: Kit,
  path: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; errors: string[] }> {
  const context = await kit.browser.newContext({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${kit.hub.url}${path}`);
  return { page, errors };
}

export async function closePage(page: Page, errors: string[]): Promise<void> {
  // A route handler still running when its page closes would fail outside the test.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.context().close();
  expect(errors).toEqual([]);
}
