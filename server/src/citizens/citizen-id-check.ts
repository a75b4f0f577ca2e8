// A supervisor at the counter sets a citizen's ID from the ID card they are shown (docs/portal.md,
// "Citizen IDs"): the claim typed on the portal becomes verified, or is corrected. A verified
// number belongs to one account; another account's claim to it stays a claim. Each change is
// audited (entity citizen, action citizen-id-verify) with ids only, never the digits.
import type { AuditRepo } from '../admin/audit-repo.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { isConstraint } from '../db/sqlite-errors.js';
import { conflict, notFound } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { RequestRepo } from '../requests/request-repo.js';
import type { CitizenIdHasher } from './citizen-id-key.js';
import type { CitizenRepo } from './citizen-repo.js';

export interface CitizenIdCheckDeps {
  db: Db;
  queue: Queue;
  requests: RequestRepo;
  citizens: CitizenRepo;
  hasher: CitizenIdHasher;
  audit: AuditRepo;
  clock: Clock;
}

const verifiedElsewhere = () =>
  conflict('citizen-id-taken', 'This citizen ID is verified for another account; an admin must look into it first');

export class CitizenIdCheck {
  constructor(private readonly deps: CitizenIdCheckDeps) {}

  /** Sets and verifies the ID of the citizen behind a ticket's request, as read from the card. */
  verifyForTicket(ticketId: number, citizenId: string, staffId: number): { citizenIdLast4: string; citizenIdVerified: true } {
    const { db, queue, requests, citizens, hasher, audit, clock } = this.deps;
    const cidHash = hasher.hash(citizenId);
    try {
      db.transaction(() => {
        if (!queue.tickets.byId(ticketId)) throw notFound('ticket-not-found', 'Ticket');
        const r = requests.byTicket(ticketId);
        const c = r && citizens.byId(r.citizen_id);
        if (!r || !c) throw notFound('request-not-found', 'No request from the portal for this ticket; request');
        const holder = citizens.verifiedHolder(cidHash);
        if (holder !== undefined && holder !== c.id) throw verifiedElsewhere();
        const now = clock.now().getTime();
        citizens.update(c.id, { cidHash, cidLast4: citizenId.slice(-4), cidVerifiedAt: now });
        audit.record({
          at: now,
          userId: staffId,
          entity: 'citizen',
          entityId: c.id,
          action: 'citizen-id-verify',
          before: { set: c.cidHash !== null, verified: c.cidVerifiedAt !== null },
          after: { verified: true, changed: c.cidHash !== cidHash, ticketId, requestId: r.id },
        });
      })();
    } catch (err) {
      // Two supervisors verifying one number for two accounts at once: the unique index decides.
      if (isConstraint(err, 'UNIQUE')) throw verifiedElsewhere();
      throw err;
    }
    return { citizenIdLast4: citizenId.slice(-4), citizenIdVerified: true };
  }
}
