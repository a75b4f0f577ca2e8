// Need-to-know for citizens' requests and their documents (docs/portal.md, "Who sees a request").
// A draft is the citizen's alone: no staff login sees it, admins included. A submitted request is
// seen by a clerk while its ticket is at a counter they are signed in at, and for the rest of the
// business day by a clerk who called or served it; supervisors and admins see any submitted one.
// Anyone else gets the same 404 as for a request that does not exist, so ids cannot be probed.
import type { TicketStatus } from '@oss/shared';
import { ROLE_RANK } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import type { Queue } from '../queue/queue.js';
import type { UserRecord } from '../users/user-repo.js';
import type { RequestRow } from './request-repo.js';

/** A ticket in one of these is at its counter; afterwards it has moved on. */
const AT_COUNTER: ReadonlySet<TicketStatus> = new Set(['called', 'serving', 'held']);

export interface RequestAccessDeps {
  queue: Queue;
  clock: Clock;
}

export class RequestAccess {
  constructor(private readonly deps: RequestAccessDeps) {}

  maySee(user: UserRecord, r: RequestRow): boolean {
    if (r.submitted_at === null) return false;
    if (ROLE_RANK[user.role] >= ROLE_RANK.supervisor) return true;
    if (r.ticket_id === null) return false;
    const { queue, clock } = this.deps;
    const ticket = queue.tickets.byId(r.ticket_id);
    if (!ticket) return false;
    if (ticket.counter_id !== null && AT_COUNTER.has(ticket.status)) {
      const signedIn = queue.counterSessions.byUser(user.id, clock.now().getTime());
      if (signedIn.some((h) => h.counterId === ticket.counter_id)) return true;
    }
    return queue.log.staffActedOn(ticket.id, user.id, queue.businessDay());
  }
}
