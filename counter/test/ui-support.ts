// Helpers for the console's browser tests: JSON calls to the test hub, staff accounts, the sign-in
// form. Each test file starts its own hub (test/support/hub.ts) and browser.
import type { Page } from 'playwright-core';
import type { TestHub } from '../../test/support/hub.js';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export function hubClient(hub: TestHub) {
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<Answer<T>> {
    const res = await fetch(`${hub.url}/api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  /** A staff account made through the admin API; its password is `<username>-password`. */
  async function user(adminToken: string, username: string, role: 'staff' | 'supervisor' | 'admin', displayName: string) {
    const password = `${username}-password`;
    const res = await call<{ user: { id: number } }>(
      'POST',
      '/admin/users',
      { username, displayName, role, password },
      adminToken,
    );
    if (res.status !== 201) throw new Error(`creating ${username}: ${res.status}`);
    return { id: res.body.user.id, username, password };
  }

  async function serviceIds(): Promise<Map<string, number>> {
    const { body } = await call<{ services: Array<{ id: number; code: string }> }>('GET', '/services');
    return new Map(body.services.map((s) => [s.code, s.id]));
  }

  return { call, user, serviceIds };
}

/** Signs in through the form. */
export async function signInUi(page: Page, hub: TestHub, username: string, password: string): Promise<void> {
  await page.goto(`${hub.url}/counter/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Waits until a test id's text matches. */
export async function textIs(page: Page, testId: string, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const pattern = typeof expected === 'string' ? null : expected.source;
  const flags = typeof expected === 'string' ? '' : expected.flags;
  await page.waitForFunction(
    ([id, text, source, fl]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      const got = el?.textContent?.trim() ?? null;
      if (got === null) return false;
      return source !== null ? new RegExp(source, fl).test(got) : got === text;
    },
    [testId, typeof expected === 'string' ? expected : '', pattern, flags] as const,
    { timeout },
  );
}
