// The signed-in staff member and the chosen counter, kept in localStorage so a reload (or a
// restart of the counter PC) goes straight back to the console until the token expires.
import { Id, LoginResponse } from '@oss/shared';

// Built from the shared schemas, so what was stored is checked like anything else from outside.
const Session = LoginResponse.extend({ counterId: Id.nullable() });
export type Session = ReturnType<typeof Session.parse>;

const KEY = 'oss.counter.session';

export function loadSession(now = Date.now()): Session | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = Session.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const expires = Date.parse(parsed.data.expiresAt);
    return Number.isFinite(expires) && expires <= now ? null : parsed.data;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) window.localStorage.setItem(KEY, JSON.stringify(session));
    else window.localStorage.removeItem(KEY);
  } catch {
    // A locked-down profile: the session lasts as long as the page.
  }
}

// The counter outlives the session: a counter PC stays at its counter across sign-ins.
const COUNTER_KEY = 'oss.counter.counterId';

export function loadStoredCounter(): number | null {
  try {
    const id = Number(window.localStorage.getItem(COUNTER_KEY));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

export function storeCounter(counterId: number): void {
  try {
    window.localStorage.setItem(COUNTER_KEY, String(counterId));
  } catch {
    // Not remembered; the picker shows next time.
  }
}
