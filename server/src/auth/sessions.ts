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

export class Sessions {
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

  logout(token: string): void {
    this.users.deleteSession(hashToken(token));
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
