// Every answer carries the security headers (server/src/http/security-headers.ts): API answers,
// refusals, 404s, pages and static files alike. The browser side (pages work under the policy,
// no violation, no framing) is test/e2e/csp.browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/http/security-headers.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { call } from './support.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

describe('security headers', () => {
  it('are on every kind of answer', async () => {
    const answers = await Promise.all([
      call(hub.url, '/api/v1/health'),
      call(hub.url, '/api/v1/auth/me'),
      call(hub.url, '/api/v1/no-such-thing'),
      call(hub.url, '/api/v1/tickets', { body: '{', contentType: 'application/json' }),
      call(hub.url, '/'),
      call(hub.url, '/kiosk/'),
      call(hub.url, '/t/ABCDEFGHJK'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 400, 200, expect.any(Number), expect.any(Number)]);
    for (const a of answers) {
      expect(a.headers.get('x-content-type-options')).toBe('nosniff');
      expect(a.headers.get('x-frame-options')).toBe('DENY');
      expect(a.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = a.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${hub.port} wss://127.0.0.1:${hub.port}`);
    }
  });

  it('names the WebSocket host only when the Host header is a plain host', () => {
    expect(contentSecurityPolicy('oss.example.go.th')).toContain(
      "connect-src 'self' ws://oss.example.go.th wss://oss.example.go.th;",
    );
    expect(contentSecurityPolicy('[fd00::1]:8080')).toContain('ws://[fd00::1]:8080');
    for (const junk of ['evil.test; script-src *', 'a b', '', undefined]) {
      expect(contentSecurityPolicy(junk)).toContain("connect-src 'self';");
    }
    expect(contentSecurityPolicy('h', { styleHashes: ['sha256-abc='] })).toContain("style-src 'self' 'sha256-abc='");
  });
});
