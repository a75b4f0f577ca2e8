// Citizen logins: a random token in an httpOnly cookie (SameSite=Lax), stored only as its SHA-256
// in citizen_sessions. Staff routes read only `Authorization: Bearer` against the staff sessions
// table, citizen routes only this cookie against this table: neither token opens the other side.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { authGuard, type AuthGuard } from '../http/auth-guard.js';
import type { CitizenRecord, CitizenRepo } from './citizen-repo.js';
import type { CitizenSessionRepo } from './citizen-session-repo.js';

const CITIZEN_COOKIE = 'oss_citizen';

declare module 'fastify' {
  interface FastifyRequest {
    citizen: CitizenRecord | null;
  }
}

export class CitizenSessions {
  constructor(
    private readonly citizens: CitizenRepo,
    private readonly sessions: CitizenSessionRepo,
    private readonly clock: Clock,
    private readonly hours: number,
  ) {}

  /** A new login; the token goes into the cookie and nowhere else. */
  create(citizenId: number): { token: string; maxAgeSeconds: number } {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    this.sessions.create(hashToken(token), citizenId, now, now + this.hours * 3600_000);
    return { token, maxAgeSeconds: Math.round(this.hours * 3600) };
  }

  authenticate(token: string | undefined): CitizenRecord | undefined {
    if (!token || token.length > 200) return undefined;
    const id = this.sessions.citizenFor(hashToken(token), this.clock.now().getTime());
    return id === undefined ? undefined : this.citizens.byId(id);
  }

  logout(token: string | undefined): void {
    if (token) this.sessions.delete(hashToken(token));
  }

  endAll(citizenId: number): void {
    this.sessions.deleteForCitizen(citizenId);
  }

  /** An onRequest guard (before the body is read, so an upload without a login costs nothing). */
  require(): AuthGuard {
    return authGuard(async (request: FastifyRequest, _reply: FastifyReply) => {
      const citizen = this.authenticate(citizenToken(request));
      if (!citizen) throw new AppError(401, 'unauthorized', 'Log in to the citizen portal first');
      request.citizen = citizen;
    });
  }
}

/** The citizen token from the request's cookie header, if any. */
export function citizenToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === CITIZEN_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export function citizenCookie(token: string, maxAgeSeconds: number): string {
  return `${CITIZEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
}

export function setCitizenCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.header('set-cookie', citizenCookie(token, maxAgeSeconds));
}

export function clearCitizenCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${CITIZEN_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
}
