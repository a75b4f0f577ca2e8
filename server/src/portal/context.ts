// What the portal's routes share: the services built by createPortal, the citizen login check,
// the rate limits, and the hub's public base URL (OSS_PUBLIC_URL) for links in mails and LINE Login.
import type { Sessions } from '../auth/sessions.js';
import type { Bookings } from '../bookings/bookings.js';
import type { CitizenAccounts } from '../citizens/accounts.js';
import type { CitizenIdCheck } from '../citizens/citizen-id-check.js';
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
  /** A supervisor's change of a citizen's ID at the counter. */
  citizenIds: CitizenIdCheck;
  reset: PasswordReset;
  lineLogin: LineLogin;
  requests: Requests;
  documents: Documents;
  bookings: Bookings;
  staffView: StaffRequestView;
  feedback: FeedbackRepo;
  limits: {
    /** Failed logins per address, per address and username, and per username from any address. */
    login: TokenBuckets;
    loginUser: TokenBuckets;
    loginAccount: TokenBuckets;
    /** Per citizen account: every change, and profile (contact) changes. */
    changes: TokenBuckets;
    profile: TokenBuckets;
    /** Per address, and per e-mail. */
    reset: TokenBuckets;
    resetEmail: TokenBuckets;
    register: TokenBuckets;
    checkIn: TokenBuckets;
  };
  publicUrl: string | undefined;
}

/**
 * OSS_PUBLIC_URL without a trailing slash, or null when it is not set. Links in mails and LINE
 * Login's redirect come only from here, never from the request: its Host header is the caller's to
 * choose, and would put an attacker's site in a victim's reset mail.
 */
export function publicBase(deps: Pick<PortalRouteDeps, 'publicUrl'>): string | null {
  return deps.publicUrl ? deps.publicUrl.replace(/\/+$/, '') : null;
}
