// Counter sign-in: one console per counter. A second login gets a clear refusal naming who holds
// the counter, unless it is the same person, the holder's login has ended, or a supervisor takes
// over on purpose (force). Every sign-in and sign-out is in the audit log.
import type { CounterStaff } from '@oss/shared';
import type { AuditRepo } from '../admin/audit-repo.js';
import { ROLE_RANK } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import { AppError, notFound } from '../errors.js';
import type { CounterGuard, Queue } from '../queue/queue.js';
import type { UserRecord } from '../users/user-repo.js';

function counterInUse(counterName: string, holder: CounterStaff): AppError {
  return new AppError(409, 'counter-in-use', `${counterName} is in use by ${holder.displayName}; they must sign out first`);
}

export interface CounterSignInDeps {
  queue: Queue;
  audit: AuditRepo;
  clock: Clock;
}

export class CounterSignIn {
  constructor(private readonly deps: CounterSignInDeps) {}

  private now(): number {
    return this.deps.clock.now().getTime();
  }

  private counterName(counterId: number): string {
    const counter = this.deps.queue.counterRepo.byId(counterId);
    if (!counter) throw notFound('counter-not-found', 'Counter');
    return counter.names.th;
  }

  /** Claims the counter for this login; a claim this login had elsewhere is given up. */
  signIn(counterId: number, user: UserRecord, tokenHash: string, force = false): void {
    const { queue, audit } = this.deps;
    const name = this.counterName(counterId);
    const now = this.now();
    const holder = queue.counterSessions.holder(counterId, now);
    const takeover = holder !== undefined && holder.staff.id !== user.id;
    if (takeover && !(force && ROLE_RANK[user.role] >= ROLE_RANK.supervisor)) throw counterInUse(name, holder.staff);
    const previous = queue.counterSessions.byToken(tokenHash, now);
    const touched = previous && previous.counterId !== counterId ? [previous.counterId, counterId] : [counterId];
    queue.updateCounter(touched, user.id, () => {
      queue.counterSessions.claim(counterId, user.id, tokenHash, now);
      if (previous && previous.counterId !== counterId) {
        audit.record({
          userId: user.id,
          entity: 'counter-session',
          entityId: previous.counterId,
          action: 'sign-out',
          before: { staff: previous.staff },
          after: { staff: null },
        });
      }
      audit.record({
        at: now,
        userId: user.id,
        entity: 'counter-session',
        entityId: counterId,
        action: takeover ? 'sign-in-forced' : 'sign-in',
        before: { staff: holder?.staff ?? null },
        after: { staff: { id: user.id, displayName: user.displayName } },
      });
    });
  }

  /** Leaves the counter. Only its holder, or a supervisor, may sign someone out. */
  signOut(counterId: number, user: UserRecord): void {
    const { queue } = this.deps;
    const name = this.counterName(counterId);
    const holder = queue.counterSessions.holder(counterId, this.now());
    if (!holder) return;
    if (holder.staff.id !== user.id && ROLE_RANK[user.role] < ROLE_RANK.supervisor) throw counterInUse(name, holder.staff);
    this.release(counterId, user.id, holder.staff, 'sign-out');
  }

  /** At logout: frees the counter this login held, so the screens stop showing the name. */
  releaseLogin(tokenHash: string, user: UserRecord): void {
    const held = this.deps.queue.counterSessions.byToken(tokenHash, this.now());
    if (held) this.release(held.counterId, user.id, held.staff, 'sign-out');
  }

  /** The counters a user is signed in at now. */
  countersOf(userId: number): number[] {
    return this.deps.queue.counterSessions.byUser(userId, this.now()).map((h) => h.counterId);
  }

  /**
   * Refuses staff work at a counter someone else is signed in at (409 counter-in-use). Nobody
   * signed in: anyone may work. A supervisor or admin may work at any counter without taking it
   * over (docs/decisions.md): the event log, and so the reports, credit whoever pressed.
   */
  assertMayUse(counterId: number, user: UserRecord): void {
    const holder = this.deps.queue.holderOf(counterId);
    if (!holder || holder.id === user.id || ROLE_RANK[user.role] >= ROLE_RANK.supervisor) return;
    throw counterInUse(this.counterName(counterId), holder);
  }

  /** assertMayUse for this user, for the queue to run inside each change's transaction. */
  guardFor(user: UserRecord): CounterGuard {
    return (counterId) => this.assertMayUse(counterId, user);
  }

  private release(counterId: number, actorId: number, staff: CounterStaff, action: string): void {
    const { queue, audit } = this.deps;
    const now = this.now();
    queue.updateCounter(counterId, actorId, () => {
      queue.counterSessions.release(counterId);
      audit.record({
        at: now,
        userId: actorId,
        entity: 'counter-session',
        entityId: counterId,
        action,
        before: { staff },
        after: { staff: null },
      });
    });
  }
}
