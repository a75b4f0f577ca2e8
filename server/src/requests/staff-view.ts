// What staff see of a ticket's request: the request, its documents and the citizen, only for those
// with a need to know (request-access.ts; anyone else gets request-not-found, as for a walk-in). A
// citizen who asked to hide personal data is masked unless staff reveal it, and each reveal is
// written to the audit log (entity citizen, action reveal: who, when, which ticket).
import type { StaffRequestResponse } from '@oss/shared';
import type { AuditRepo } from '../admin/audit-repo.js';
import type { CitizenRepo } from '../citizens/citizen-repo.js';
import type { Db } from '../db/open.js';
import { notFound } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { UserRecord } from '../users/user-repo.js';
import { maskEmail, maskName, maskPhone } from './mask.js';
import type { RequestAccess } from './request-access.js';
import type { RequestRepo } from './request-repo.js';
import type { Requests } from './requests.js';

export interface StaffViewDeps {
  db: Db;
  queue: Queue;
  requests: RequestRepo;
  requestService: Requests;
  citizens: CitizenRepo;
  access: RequestAccess;
  audit: AuditRepo;
}

export class StaffRequestView {
  constructor(private readonly deps: StaffViewDeps) {}

  forTicket(ticketId: number, user: UserRecord, reveal: boolean): StaffRequestResponse {
    const { db, queue, requests, requestService, citizens, access, audit } = this.deps;
    return db.transaction(() => {
      if (!queue.tickets.byId(ticketId)) throw notFound('ticket-not-found', 'Ticket');
      const r = requests.byTicket(ticketId);
      if (!r || !access.maySee(user, r))
        throw notFound('request-not-found', 'No request from the portal for this ticket; request');
      const c = citizens.byId(r.citizen_id);
      if (!c) throw notFound('request-not-found', 'Request');
      const { booking: _b, ticket: _t, ...request } = requestService.view(r);
      const masked = c.hidePersonal && !reveal;
      if (c.hidePersonal && reveal) {
        audit.record({
          userId: user.id,
          entity: 'citizen',
          entityId: c.id,
          action: 'reveal',
          after: { ticketId, requestId: r.id },
        });
      }
      return {
        request,
        citizen: {
          name: masked ? maskName(c.name) : c.name,
          citizenIdLast4: c.cidLast4,
          phone: c.phone === null ? null : masked ? maskPhone(c.phone) : c.phone,
          email: c.email === null ? null : masked ? maskEmail(c.email) : c.email,
          address: c.address === null ? null : masked ? '***' : c.address,
          hidePersonal: c.hidePersonal,
          masked,
        },
      };
    })();
  }
}
