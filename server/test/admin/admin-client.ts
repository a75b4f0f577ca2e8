// A small HTTP client for the admin tests: JSON in and out, an optional bearer token.
import { AdminUserResponse } from '@oss/shared';
import { errorCodeOf } from '../../../test/support/error-code.js';
import type { TestHub } from '../../../test/support/hub.js';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: Headers;
}

export function client(hub: TestHub) {
  async function api(method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
    const res = await fetch(`${hub.url}/api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    if (text && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text) as Record<string, unknown>;
    return { status: res.status, body: parsed, text, headers: res.headers };
  }

  /** Creates a user through the admin API and logs them in; returns their token and id. */
  async function staffUser(adminToken: string, username: string, role: 'staff' | 'supervisor' | 'admin', displayName = username) {
    // Strong enough for the password check (zxcvbn score 3+), and still one per user.
    const password = `${username} lantern harbour ribbon`;
    const created = await api('POST', '/admin/users', { username, displayName, role, password }, adminToken);
    if (created.status !== 201) throw new Error(`creating ${username}: ${created.status} ${created.text}`);
    const { id } = AdminUserResponse.parse(created.body).user;
    return { id, password, token: await hub.login(username, password) };
  }

  const errorCode = (a: Answer): string | undefined => errorCodeOf(a.body);

  return { api, staffUser, errorCode };
}
