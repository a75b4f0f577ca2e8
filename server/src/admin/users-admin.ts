// Staff accounts. Never deleted (the event log and audit name them): deactivated instead, which
// ends their sessions at once. The office always keeps one active admin.
import type { AdminUser, UserCreateBody, UserPatchBody } from '@oss/shared';
import { assertStrongPassword } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';
import type { Sessions } from '../auth/sessions.js';
import type { CounterSignIn } from '../counters/counter-sign-in.js';
import { isConstraint } from '../db/sqlite-errors.js';
import { conflict, notFound } from '../errors.js';
import type { UserRecord, UserRepo } from '../users/user-repo.js';
import type { Actor, AdminDeps } from './admin-context.js';

const usernameTaken = (username: string) => conflict('username-taken', `The username ${username} is taken`);

/** What the audit log keeps of a user: never the password hash. */
function view(u: UserRecord): AdminUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    createdAt: new Date(u.createdAt).toISOString(),
  };
}

export interface UsersAdminDeps extends AdminDeps {
  users: UserRepo;
  signIns: CounterSignIn;
  /** Told when a user's logins end, so their live sockets are dropped. */
  sessions: Sessions;
}

export class UsersAdmin {
  constructor(private readonly deps: UsersAdminDeps) {}

  private byId(id: number): UserRecord {
    const u = this.deps.users.byId(id);
    if (!u) throw notFound('user-not-found', 'User');
    return u;
  }

  list(): AdminUser[] {
    return this.deps.users.all().map(view);
  }

  get(id: number): AdminUser {
    return view(this.byId(id));
  }

  async create(body: UserCreateBody, actor: Actor): Promise<AdminUser> {
    const { users, db, audit, clock } = this.deps;
    if (users.byUsername(body.username)) throw usernameTaken(body.username);
    await assertStrongPassword(body.password, [body.username, body.displayName]);
    const passwordHash = await hashPassword(body.password);
    try {
      const id = db.transaction(() => {
        const now = clock.now().getTime();
        const id = users.insert({
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          passwordHash,
          createdAt: now,
        });
        audit.record({ at: now, userId: actor.id, entity: 'user', entityId: id, action: 'create', after: view(users.byId(id)!) });
        return id;
      })();
      return view(this.byId(id));
    } catch (err) {
      // Another admin took the name while the password was being hashed.
      if (isConstraint(err, 'UNIQUE')) throw usernameTaken(body.username);
      throw err;
    }
  }

  /**
   * Changes name, role, active flag or password. A new password or deactivation ends the user's
   * sessions (but not the session of an admin changing their own password).
   */
  async update(id: number, patch: UserPatchBody, actor: Actor, actorTokenHash: string): Promise<AdminUser> {
    const { users, db, audit, clock, signIns } = this.deps;
    if (patch.password !== undefined) {
      const user = this.byId(id);
      await assertStrongPassword(patch.password, [user.username, patch.displayName ?? user.displayName]);
    }
    const passwordHash = patch.password === undefined ? null : await hashPassword(patch.password);
    // Read after the await: another change may have landed meanwhile.
    const current = this.byId(id);
    const next = {
      displayName: patch.displayName ?? current.displayName,
      role: patch.role ?? current.role,
      active: patch.active ?? current.active,
    };
    const wasAdmin = current.role === 'admin' && current.active;
    const staysAdmin = next.role === 'admin' && next.active;
    const heldCounters = signIns.countersOf(id);
    db.transaction(() => {
      // Inside the transaction, so two admins demoting each other cannot both pass.
      if (wasAdmin && !staysAdmin && users.activeAdminCount() <= 1) {
        throw conflict('last-admin', 'This is the last active admin; make another admin first');
      }
      users.update(id, next);
      if (passwordHash !== null) users.setPassword(id, passwordHash);
      if (!next.active) users.endSessions(id);
      else if (passwordHash !== null) users.endSessions(id, actor.id === id ? actorTokenHash : '');
      const action =
        passwordHash !== null && patch.displayName === undefined && patch.role === undefined && patch.active === undefined
          ? 'password-reset'
          : 'update';
      audit.record({
        at: clock.now().getTime(),
        userId: actor.id,
        entity: 'user',
        entityId: id,
        action,
        before: view(current),
        after: { ...view(users.byId(id)!), ...(passwordHash !== null ? { passwordChanged: true } : {}) },
      });
    })();
    // Their open counter screens go first, before any further event could reach them.
    if (!next.active || passwordHash !== null) this.deps.sessions.ended(id);
    // The counters they held show the new name, or nobody once their sessions ended.
    if (heldCounters.length > 0) this.deps.queue.updateCounter(heldCounters, actor.id, () => undefined);
    return view(this.byId(id));
  }
}
