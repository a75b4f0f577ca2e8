// Forgot password: a single-use link by e-mail, valid 30 minutes. The request's answer never says
// whether an account exists: it is the same, and sent before any lookup or mail, so the timing is
// the same too. The work happens after the answer. The link's base is OSS_PUBLIC_URL only: a hub
// without it sends no link at all (the request's Host header is the caller's to forge).
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/passwords.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import { hashToken } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { AppError } from '../errors.js';
import type { CitizenRepo } from './citizen-repo.js';
import type { CitizenSessions } from './citizen-sessions.js';
import type { Mailer } from './mailer.js';
import type { ResetRepo } from './reset-repo.js';

const RESET_VALID_MS = 30 * 60_000;
// One mail per account with that address (a family may share one), a few at most.
const MAX_ACCOUNTS_PER_MAIL = 5;

export interface PasswordResetDeps {
  db: Db;
  citizens: CitizenRepo;
  resets: ResetRepo;
  sessions: CitizenSessions;
  mailer: Mailer;
  clock: Clock;
  /** OSS_PUBLIC_URL without a trailing slash; null: no reset links are sent. */
  publicBase: string | null;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export class PasswordReset {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: PasswordResetDeps) {}

  /** Starts the reset in the background; the caller answers at once, whatever happens here. */
  request(email: string): void {
    const { publicBase } = this.deps;
    // Without a configured address there is nowhere safe to point a link: nothing is made or sent.
    if (publicBase === null) return;
    const job = this.send(email, publicBase).catch((err: unknown) =>
      // The class only: an SMTP error can carry addresses.
      this.deps.log.warn({ error: err instanceof Error ? err.name : 'unknown' }, 'password reset mail failed'),
    );
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
  }

  /** Waits for mails in flight (tests; the hub's close). */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async send(email: string, baseUrl: string): Promise<void> {
    const { citizens, resets, mailer, clock } = this.deps;
    // Password-only accounts have nothing to reset; LINE Login accounts log in with LINE.
    const accounts = citizens.byEmail(email, MAX_ACCOUNTS_PER_MAIL).filter((c) => c.username !== null);
    for (const citizen of accounts) {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now().getTime();
      resets.create(hashToken(token), citizen.id, now, now + RESET_VALID_MS);
      const link = `${baseUrl}/portal/reset?token=${token}`;
      await mailer.send({
        to: citizen.email!,
        subject: 'ตั้งรหัสผ่านใหม่ / Reset your password',
        text: [
          `เรียน ${citizen.name}`,
          '',
          `มีการขอตั้งรหัสผ่านใหม่สำหรับชื่อผู้ใช้ ${citizen.username} กดลิงก์นี้ภายใน 30 นาที (ใช้ได้ครั้งเดียว):`,
          `For the username ${citizen.username}, a password reset was asked for. Open this link within 30 minutes (it works once):`,
          '',
          link,
          '',
          'หากท่านไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้',
          'If you did not ask for this, ignore this mail: your password stays as it is.',
        ].join('\r\n'),
      });
    }
  }

  /**
   * Sets the new password with a token from the mail: the account's other links and every login of
   * it end. A weak password is refused before the token is used, so the link still works.
   */
  async confirm(token: string, password: string): Promise<void> {
    const { db, citizens, resets, sessions, clock } = this.deps;
    const tokenHash = hashToken(token);
    const owner = resets.peek(tokenHash, clock.now().getTime());
    const account = owner === undefined ? undefined : citizens.byId(owner);
    if (!account) throw invalidToken();
    await assertStrongPassword(password, [account.username, account.name, account.email]);
    const passwordHash = await hashPassword(password);
    const citizenId = db.transaction(() => {
      const now = clock.now().getTime();
      const id = resets.take(tokenHash, now);
      if (id === undefined) return undefined;
      citizens.setPassword(id, passwordHash);
      resets.endAll(id, now);
      sessions.endAll(id);
      return id;
    })();
    // Used or expired while the password was hashed.
    if (citizenId === undefined) throw invalidToken();
  }
}

const invalidToken = () =>
  new AppError(400, 'reset-token-invalid', 'This reset link is not valid: it was used already or has expired');
