// What the portal's routes share: the services built by createPortal, the citizen login check,
// the rate limits, and the hub's public base URL for links in mails and LINE Login.
import type { FastifyRequest } from 'fastify';
import type { Sessions } from '../auth/sessions.js';
import type { Bookings } from '../bookings/bookings.js';
import type { CitizenAccounts } from '../citizens/accounts.js';
import type { CitizenSessions } from '../citizens/citizen-sessions.js';
import type { LineLogin } from '../citizens/line-login.js';
import type { PasswordReset } from '../citizens/password-reset.js';
import type { Clock } from '../clock.js';
import type { FeedbackRepo } from '../feedback/feedback-repo.js';
import type { TokenBuckets } from '../http/rate-limit.js';
import type { Queue } from '../queue/queue.js';
import type { Requests } from '../requests/requests.js';
import type { StaffRequestView } from '../requests/staff-view.js';
import type { Documents } from '../uploads/documents.js';

export interface PortalRouteDeps {
  clock: Clock;
  queue: Queue;
  /** Staff logins, for the staff-only calls (request view, documents, feedback list). */
  staffSessions: Sessions;
  sessions: CitizenSessions;
  accounts: CitizenAccounts;
  reset: PasswordReset;
  lineLogin: LineLogin;
  requests: Requests;
  documents: Documents;
  bookings: Bookings;
  staffView: StaffRequestView;
  feedback: FeedbackRepo;
  limits: {
    /** Per address, and per address and username. */
    login: TokenBuckets;
    loginUser: TokenBuckets;
    /** Per address, and per e-mail. */
    reset: TokenBuckets;
    resetEmail: TokenBuckets;
    register: TokenBuckets;
    checkIn: TokenBuckets;
  };
  publicUrl: string | undefined;
}

/** OSS_PUBLIC_URL, else the origin the request came to. */
export function baseUrl(deps: Pick<PortalRouteDeps, 'publicUrl'>, request: FastifyRequest): string {
  return deps.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
}
