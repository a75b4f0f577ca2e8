import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRole } from '@oss/shared';
import type { AuditRepo } from '../admin/audit-repo.js';
import { bearerToken, hashToken, ROLE_RANK, type Sessions } from '../auth/sessions.js';
import type { CounterSignIn } from '../counters/counter-sign-in.js';
import type { Queue } from '../queue/queue.js';
import { AppError } from '../errors.js';
import { authGuard, type AuthGuard } from './auth-guard.js';
import type { UserRecord } from '../users/user-repo.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRecord | null;
  }
}

export interface RouteDeps {
  queue: Queue;
  sessions: Sessions;
  version: string;
  /** Who is signed in at each counter; staff work at a counter someone else holds is refused. */
  signIns: CounterSignIn;
  audit: AuditRepo;
}

/**
 * An onRequest guard that lets through a logged-in user with at least this role: it runs before the
 * body is parsed or validated, so a refusal is always 401/403 (auth-guard.ts).
 */
export function requireRole(sessions: Sessions, role: StaffRole): AuthGuard {
  return authGuard(async (request: FastifyRequest, _reply: FastifyReply) => {
    const user = sessions.authenticate(bearerToken(request.headers.authorization));
    if (!user) throw new AppError(401, 'unauthorized', 'Log in first (Authorization: Bearer <token>)');
    if (ROLE_RANK[user.role] < ROLE_RANK[role]) throw new AppError(403, 'forbidden', `This needs the ${role} role`);
    request.user = user;
  });
}

/** The hash of the request's bearer token (after requireRole, which checked there is one). */
export function requestTokenHash(request: FastifyRequest): string {
  return hashToken(bearerToken(request.headers.authorization) ?? '');
}
