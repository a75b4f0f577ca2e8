// LINE Login (OAuth 2.0 authorization code flow with PKCE) against LINE's endpoints, or those set
// by OSS_LINE_LOGIN_*_URL (tests run a fake on 127.0.0.1). Only the user id and display name are
// read from the profile; no picture, no e-mail.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PortalConfig } from '../config.js';

const TokenAnswer = z.object({ access_token: z.string().min(1).max(4096) });
const ProfileAnswer = z.object({ userId: z.string().min(1).max(64), displayName: z.string().max(200).default('') });
export type LineProfile = z.infer<typeof ProfileAnswer>;

const TIMEOUT_MS = 10_000;

export class LineLoginError extends Error {}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function newPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export class LineLoginClient {
  constructor(private readonly config: PortalConfig['lineLogin']) {}

  get enabled(): boolean {
    return Boolean(this.config.channelId && this.config.channelSecret);
  }

  authorizeUrl(state: string, challenge: string, redirectUri: string): string {
    const url = new URL(this.config.authorizeUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.channelId ?? '',
      redirect_uri: redirectUri,
      state,
      scope: 'profile openid',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  /** Trades the code for an access token, then reads the profile. Throws LineLoginError. */
  async profile(code: string, redirectUri: string, verifier: string): Promise<LineProfile> {
    const token = await this.json(
      this.config.tokenUrl,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          client_id: this.config.channelId ?? '',
          client_secret: this.config.channelSecret ?? '',
          code_verifier: verifier,
        }).toString(),
      },
      TokenAnswer,
    );
    return this.json(this.config.profileUrl, { headers: { authorization: `Bearer ${token.access_token}` } }, ProfileAnswer);
  }

  private async json<S extends z.ZodType>(url: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new LineLoginError(`LINE Login unreachable (${err instanceof Error ? err.name : 'error'})`);
    }
    if (!res.ok) throw new LineLoginError(`LINE Login answered ${res.status}`);
    const parsed = schema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new LineLoginError('LINE Login answered something unexpected');
    return parsed.data;
  }
}
