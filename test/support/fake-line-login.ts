// A fake LINE Login (OAuth 2.0 + PKCE) on 127.0.0.1: /authorize "consents" at once and redirects
// back with a code; /token checks the client, the redirect URI and the PKCE verifier; /profile
// answers the user's id and name for the access token.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLineLogin {
  base: string;
  authorizeUrl: string;
  tokenUrl: string;
  profileUrl: string;
  channelId: string;
  channelSecret: string;
  /** The LINE user the next /authorize logs in as. */
  user: { userId: string; displayName: string };
  /** Token requests seen, and why any was refused. */
  tokenCalls: Array<{ ok: boolean; reason?: string }>;
  close(): Promise<void>;
}

export async function startFakeLineLogin(): Promise<FakeLineLogin> {
  const codes = new Map<string, { redirectUri: string; challenge: string; userId: string; displayName: string }>();
  const tokens = new Map<string, { userId: string; displayName: string }>();
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => resolve(body));
    });

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/authorize') {
        const p = url.searchParams;
        if (
          p.get('client_id') !== fake.channelId ||
          p.get('response_type') !== 'code' ||
          p.get('code_challenge_method') !== 'S256'
        ) {
          return json(400, { error: 'invalid_request' });
        }
        const code = randomBytes(12).toString('hex');
        codes.set(code, { redirectUri: p.get('redirect_uri')!, challenge: p.get('code_challenge')!, ...fake.user });
        const back = new URL(p.get('redirect_uri')!);
        back.searchParams.set('code', code);
        back.searchParams.set('state', p.get('state') ?? '');
        res.writeHead(302, { location: back.toString() });
        return res.end();
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(await read(req));
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const reason = !grant
          ? 'unknown code'
          : form.get('client_id') !== fake.channelId || form.get('client_secret') !== fake.channelSecret
            ? 'bad client'
            : form.get('redirect_uri') !== grant.redirectUri
              ? 'redirect_uri mismatch'
              : createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
                ? 'PKCE mismatch'
                : undefined;
        fake.tokenCalls.push(reason ? { ok: false, reason } : { ok: true });
        if (reason || !grant) return json(400, { error: 'invalid_grant', error_description: reason });
        const token = randomBytes(16).toString('hex');
        tokens.set(token, { userId: grant.userId, displayName: grant.displayName });
        return json(200, { access_token: token, token_type: 'Bearer', expires_in: 2592000, scope: 'profile openid' });
      }
      if (url.pathname === '/profile') {
        const user = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        return user
          ? json(200, { ...user, pictureUrl: 'https://example.invalid/p.png' })
          : json(401, { message: 'invalid token' });
      }
      json(404, { message: 'not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeLineLogin = {
    base,
    authorizeUrl: `${base}/authorize`,
    tokenUrl: `${base}/token`,
    profileUrl: `${base}/profile`,
    channelId: '1650000000',
    channelSecret: 'fake-line-login-secret',
    user: { userId: 'U1234567890abcdef1234567890abcdef', displayName: 'สมหญิง LINE' },
    tokenCalls: [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
