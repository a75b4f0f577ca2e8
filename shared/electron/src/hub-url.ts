// Main process (pure). The hub base URL and the addresses derived from it.
import type { ShellApp } from './bridge.js';

export const DEFAULT_HUB_URL = 'http://localhost:8080';

/**
 * Checks and normalises a configured hub URL: http(s) only, no user:password, no query or
 * fragment, no trailing slash. A path prefix is kept (a hub behind a reverse proxy at
 * `https://oss.example.go.th/queue`). Returns an error message instead of throwing.
 */
export function normalizeHubUrl(raw: string): { ok: true; url: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: `not a URL: ${JSON.stringify(raw)} (expected e.g. ${DEFAULT_HUB_URL})` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `must start with http:// or https://, got ${url.protocol}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'must not contain a user name or password' };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, error: 'must not contain a query (?…) or a fragment (#…)' };
  }
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}

/** Where a shell's renderer lives on the hub: `${hubUrl}/kiosk`, `/counter`, `/display`. */
export function hubAppUrl(hubUrl: string, app: ShellApp): string {
  return new URL(app, `${hubUrl.replace(/\/+$/, '')}/`).href;
}
