import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LineStatusResponse, StaffRole, VoiceSet } from '@oss/shared';
import type { AdminContext } from '../admin/admin-context.js';
import type { AuditRepo } from '../admin/audit-repo.js';
import { bearerToken, hashToken, ROLE_RANK, type Sessions } from '../auth/sessions.js';
import type { Backups } from '../backup/backups.js';
import type { Clock } from '../clock.js';
import type { CounterSignIn } from '../counters/counter-sign-in.js';
import type { PortalRouteDeps } from '../portal/context.js';
import type { PrinterAlerts } from '../printing/alerts.js';
import type { PrintService } from '../printing/print-service.js';
import type { Queue } from '../queue/queue.js';
import type { VoiceStore } from '../voice/voice-store.js';
import { AppError } from '../errors.js';
import { authGuard, type AuthGuard } from './auth-guard.js';
import type { UserRecord } from '../users/user-repo.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRecord | null;
  }
}

/** What every route plugin under /api/v1 gets (http/routes/*.ts): createHub builds it once. */
export interface RouteDeps {
  queue: Queue;
  sessions: Sessions;
  version: string;
  clock: Clock;
  /** Who is signed in at each counter; staff work at a counter someone else holds is refused. */
  signIns: CounterSignIn;
  audit: AuditRepo;
  /** Admin pages, devices, reports. */
  admin: AdminContext;
  /** Null when the hub's database is in memory (tests): nothing to back up. */
  backups: Backups | null;
  /** OSS_BACKUP_AT, or null when the nightly backup is off. */
  backupAt: string | null;
  printing: PrintService;
  alerts: PrinterAlerts;
  /** The citizen portal's parts (createPortal). */
  portal: PortalRouteDeps;
  /** Recorded voice sets, and the built-in one of the display's build. */
  voice: { store: VoiceStore; builtIn: () => VoiceSet | null };
  /** LINE's state for GET /line/status (setupLine). */
  lineStatus: () => LineStatusResponse;
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
