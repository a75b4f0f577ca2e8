// The LINE Login callback's work: check the state, trade the code for the LINE profile, then log
// in the LINE user's account (made on first login, with the LINE display name), or link the LINE
// account to the citizen who started the flow while logged in.
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { AppError } from '../errors.js';
import type { CitizenRepo } from './citizen-repo.js';
import { LineLoginError, newPkce, type LineLoginClient } from './line-login-client.js';
import type { LoginStates } from './line-login-states.js';

export interface LineLoginDeps {
  db: Db;
  citizens: CitizenRepo;
  client: LineLoginClient;
  states: LoginStates;
  clock: Clock;
}

type LineLoginOutcome = { ok: true; citizenId: number; linked: boolean } | { ok: false; error: string };

export class LineLogin {
  constructor(private readonly deps: LineLoginDeps) {}

  get enabled(): boolean {
    return this.deps.client.enabled;
  }

  /**
   * Where to send the browser, and the state to pin in its cookie. The redirect URI comes from
   * OSS_PUBLIC_URL; null (not set) refuses, since LINE would send the browser back nowhere safe.
   */
  start(redirectUri: string | null, linkCitizenId: number | null): { url: string; state: string } {
    if (!this.enabled) throw new AppError(404, 'line-login-off', 'LINE Login is not set up on this hub');
    if (redirectUri === null) {
      throw new AppError(
        409,
        'public-url-not-set',
        'LINE Login needs the hub’s public address (OSS_PUBLIC_URL), which is not set',
      );
    }
    const pkce = newPkce();
    const state = this.deps.states.create(pkce.verifier, linkCitizenId);
    return { url: this.deps.client.authorizeUrl(state, pkce.challenge, redirectUri), state };
  }

  /** Never throws for anything the browser or LINE sent: the outcome names the problem. */
  async finish(q: { code?: string; state?: string; error?: string }, cookieState: string | undefined, redirectUri: string) {
    if (!q.state || !cookieState || q.state !== cookieState) return fail('line-login-state');
    const pending = this.deps.states.take(q.state);
    if (!pending) return fail('line-login-state');
    if (q.error || !q.code) return fail('line-login-cancelled');
    let profile;
    try {
      profile = await this.deps.client.profile(q.code, redirectUri, pending.verifier);
    } catch (err) {
      if (err instanceof LineLoginError) return fail('line-login-failed');
      throw err;
    }
    const { db, citizens, clock } = this.deps;
    return db.transaction((): LineLoginOutcome => {
      const owner = citizens.byLineUserId(profile.userId);
      if (pending.linkCitizenId !== null) {
        if (owner && owner.id !== pending.linkCitizenId) return { ok: false, error: 'line-login-in-use' };
        if (!citizens.byId(pending.linkCitizenId)) return { ok: false, error: 'line-login-state' };
        citizens.setLineUserId(pending.linkCitizenId, profile.userId);
        return { ok: true, citizenId: pending.linkCitizenId, linked: true };
      }
      if (owner) return { ok: true, citizenId: owner.id, linked: false };
      const id = citizens.insert({
        username: null,
        passwordHash: null,
        lineUserId: profile.userId,
        name: profile.displayName.trim().slice(0, 200),
        cidHash: null,
        cidLast4: null,
        phone: null,
        email: null,
        address: null,
        hidePersonal: false,
        createdAt: clock.now().getTime(),
      });
      return { ok: true, citizenId: id, linked: false };
    })();
  }
}

const fail = (error: string): LineLoginOutcome => ({ ok: false, error });
