// OAuth state values in flight: random, single use, 10 minutes. Each carries the PKCE verifier and,
// when a logged-in citizen started it, whom to link the LINE account to. Kept in memory (one hub
// per office); a restart mid-login only makes the citizen press the button again.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';

export const STATE_VALID_MS = 10 * 60_000;
const MAX_STATES = 10_000;

export interface LoginState {
  verifier: string;
  /** Link to this account instead of logging in to (or creating) the LINE user's own. */
  linkCitizenId: number | null;
  expiresAt: number;
}

export class LoginStates {
  private readonly states = new Map<string, LoginState>();

  constructor(private readonly clock: Clock) {}

  create(verifier: string, linkCitizenId: number | null): string {
    const now = this.clock.now().getTime();
    if (this.states.size >= MAX_STATES) {
      for (const [key, s] of this.states) if (s.expiresAt <= now) this.states.delete(key);
      // Still full: drop the oldest (insertion order).
      if (this.states.size >= MAX_STATES) this.states.delete(this.states.keys().next().value!);
    }
    const state = randomBytes(24).toString('base64url');
    this.states.set(state, { verifier, linkCitizenId, expiresAt: now + STATE_VALID_MS });
    return state;
  }

  /** The state's data, used up by this call; undefined when unknown or expired. */
  take(state: string): LoginState | undefined {
    const found = this.states.get(state);
    this.states.delete(state);
    return found && found.expiresAt > this.clock.now().getTime() ? found : undefined;
  }
}
