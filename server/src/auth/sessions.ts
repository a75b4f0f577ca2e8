// Staff login: scrypt-checked passwords, random bearer tokens stored only as SHA-256 hashes, with
// an expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { LoginResponse, StaffRole } from '@oss/shared';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { publicUser, type UserRecord, type UserRepo } from '../users/user-repo.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Tokens are kept only as this hash (sessions, counter sign-ins, devices). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Compared against when the user does not exist, so a miss costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const ROLE_RANK: Record<StaffRole, number> = { staff: 1, supervisor: 2, admin: 3 };

/** A live staff login: whose it is, its token's hash and when it expires (ms). */
export interface StaffSession {
  user: UserRecord;
  tokenHash: string;
  expiresAt: number;
}

export class Sessions {
  private readonly endListeners = new Set<(userId: number) => void>();

  constructor(
    private readonly users: UserRepo,
    private readonly clock: Clock,
    private readonly sessionHours: number,
  ) {}

  async login(username: string, password: string): Promise<LoginResponse> {
    const user = this.users.byUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) throw new AppError(401, 'unauthorized', 'Wrong username or password');
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    const expiresAt = now + this.sessionHours * 3600_000;
    this.users.createSession(hashToken(token), user.id, now, expiresAt);
    return { token, user: publicUser(user), expiresAt: new Date(expiresAt).toISOString() };
  }

  /** The user a bearer token belongs to, or undefined when it is unknown or expired. */
  authenticate(token: string | undefined): UserRecord | undefined {
    if (!token || token.length > 200) return undefined;
    return this.users.userForSession(hashToken(token), this.clock.now().getTime());
  }

  /** The same as authenticate, with the token's hash and when the login expires (the socket stream). */
  session(token: string | undefined): StaffSession | undefined {
    if (!token || token.length > 200) return undefined;
    const tokenHash = hashToken(token);
    const found = this.users.sessionFor(tokenHash, this.clock.now().getTime());
    return found && { user: found.user, tokenHash, expiresAt: found.expiresAt };
  }

  /** Whether the login with this token hash is still live (not ended, not expired, its user active). */
  isLive(tokenHash: string): boolean {
    return this.users.sessionFor(tokenHash, this.clock.now().getTime()) !== undefined;
  }

  /** Whether the hub's clock has reached this time (a login's expiresAt): no query. */
  hasPassed(at: number): boolean {
    return this.clock.now().getTime() >= at;
  }

  logout(token: string): void {
    const tokenHash = hashToken(token);
    const user = this.users.userForSession(tokenHash, this.clock.now().getTime());
    this.users.deleteSession(tokenHash);
    if (user) this.ended(user.id);
  }

  /**
   * Hears that logins of a user may have ended (logout, deactivation, a new password), after the
   * change committed; the listener checks which (the stream drops those logins' sockets).
   */
  onEnded(listener: (userId: number) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /** Tells the listeners that logins of this user may have ended. Call it after the change commits. */
  ended(userId: number): void {
    for (const listener of this.endListeners) {
      try {
        listener(userId);
      } catch {
        // A failing listener must not turn a committed logout into an error.
      }
    }
  }

  async createUser(u: { username: string; displayName: string; role: StaffRole; password: string }): Promise<number> {
    const passwordHash = await hashPassword(u.password);
    return this.users.insert({ ...u, passwordHash, createdAt: this.clock.now().getTime() });
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
