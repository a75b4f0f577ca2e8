// Builds the citizen portal (docs/portal.md) from the hub's parts: accounts and logins, password resets
// by mail, LINE Login, requests with documents, bookings with LINE messages and reminders, kiosk
// check-in, feedback, the staff view, and the daily retention purge. createHub registers its routes
// (server/src/http/routes/portal.ts, with `routeDeps`) under /api/v1 and calls start() and close().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AuditRepo } from '../admin/audit-repo.js';
import { TermsRepo } from '../admin/terms-repo.js';
import type { Sessions } from '../auth/sessions.js';
import { BookingLine } from '../bookings/booking-line.js';
import { BookingRepo } from '../bookings/booking-repo.js';
import { Bookings } from '../bookings/bookings.js';
import { BookingReminders } from '../bookings/reminders.js';
import { CitizenAccounts } from '../citizens/accounts.js';
import { CitizenIdCheck } from '../citizens/citizen-id-check.js';
import { CitizenIdHasher } from '../citizens/citizen-id-key.js';
import { CitizenRepo } from '../citizens/citizen-repo.js';
import { CitizenSessionRepo } from '../citizens/citizen-session-repo.js';
import { CitizenSessions } from '../citizens/citizen-sessions.js';
import { LineLogin } from '../citizens/line-login.js';
import { LineLoginClient } from '../citizens/line-login-client.js';
import { LoginStates } from '../citizens/line-login-states.js';
import { createMailer, type Mailer } from '../citizens/mailer.js';
import { PasswordReset } from '../citizens/password-reset.js';
import { ResetRepo } from '../citizens/reset-repo.js';
import type { Clock } from '../clock.js';
import { defaultConfig, type Config, type PortalConfig, type UploadLimits } from '../config.js';
import type { Db } from '../db/open.js';
import { FeedbackRepo } from '../feedback/feedback-repo.js';
import { TokenBuckets } from '../http/rate-limit.js';
import { LinksRepo } from '../line/links-repo.js';
import { OutboxRepo } from '../line/outbox-repo.js';
import type { Queue } from '../queue/queue.js';
import { RequestAccess } from '../requests/request-access.js';
import { RequestRepo } from '../requests/request-repo.js';
import { Requests } from '../requests/requests.js';
import { StaffRequestView } from '../requests/staff-view.js';
import { OfficeSettingsStore } from '../settings/office-settings.js';
import { SecretBox } from '../settings/secret-box.js';
import { DocumentRepo } from '../uploads/document-repo.js';
import { statfsDiskSpace, type DiskSpaceSource } from '../uploads/disk-space.js';
import { Documents } from '../uploads/documents.js';
import { UploadRoom } from '../uploads/upload-room.js';
import { UploadStore } from '../uploads/upload-store.js';
import { publicBase, type PortalRouteDeps } from './context.js';
import { purgePortalData, type PortalPurgeResult } from './purge.js';

const MINUTE = 60_000;
const PURGE_EVERY_MS = 24 * 60 * MINUTE;

export interface PortalDeps {
  db: Db;
  queue: Queue;
  clock: Clock;
  audit: AuditRepo;
  staffSessions: Sessions;
  timeZone: string;
  /** Where uploads and the citizen-ID key live; defaults beside the database file. */
  dataDir?: string | undefined;
  portal?: PortalConfig | undefined;
  /** A citizen's quota and drafts, the free space uploads leave; OSS_* defaults without it. */
  uploads?: UploadLimits | undefined;
  /** The data directory's free space; statfs by default (tests play a nearly full disk). */
  diskSpace?: DiskSpaceSource | undefined;
  mail?: Config['mail'] | undefined;
  line?: Config['line'] | undefined;
  publicUrl?: string | undefined;
  /** A mailer other than SMTP (tests); defaults to nodemailer with the settings or OSS_SMTP_URL. */
  mailer?: Mailer;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export interface Portal {
  /** What the portal's routes use (server/src/http/routes/portal.ts). */
  routeDeps: PortalRouteDeps;
  reset: PasswordReset;
  reminders: BookingReminders;
  uploadsDir: string;
  purge(now?: number): PortalPurgeResult;
  start(): void;
  close(): Promise<void>;
}

/** The data directory: given, else beside the database file, else (in-memory tests) a temp one. */
export function resolveDataDir(db: Db, given: string | undefined): string {
  if (given) return given;
  if (db.name && db.name !== ':memory:' && db.name !== '') return dirname(db.name);
  return mkdtempSync(join(tmpdir(), 'oss-portal-'));
}

export function createPortal(deps: PortalDeps): Portal {
  const { db, queue, clock, audit, staffSessions, timeZone, publicUrl, log } = deps;
  const defaults = defaultConfig();
  const portal = deps.portal ?? defaults.portal;
  const uploadLimits = deps.uploads ?? defaults.uploads;
  const lineConfig = deps.line ?? defaults.line;
  const dataDir = resolveDataDir(db, deps.dataDir);

  const citizens = new CitizenRepo(db);
  const sessionRepo = new CitizenSessionRepo(db);
  const resets = new ResetRepo(db);
  const requestRepo = new RequestRepo(db);
  const documentRepo = new DocumentRepo(db);
  const bookingRepo = new BookingRepo(db);
  const links = new LinksRepo(db);
  const store = new UploadStore(dataDir);
  const settings = new OfficeSettingsStore(queue.settings, new SecretBox(dataDir));

  const sessions = new CitizenSessions(citizens, sessionRepo, clock, portal.sessionHours);
  const hasher = new CitizenIdHasher(dataDir);
  const accounts = new CitizenAccounts({ db, citizens, terms: new TermsRepo(db), hasher, clock, audit });
  // An admin's mail settings win over the environment's.
  const mailer =
    deps.mailer ??
    createMailer(() => {
      const set = settings.mail();
      return { smtpUrl: set.smtpUrl ?? deps.mail?.smtpUrl ?? null, from: set.from ?? deps.mail?.from ?? null };
    });
  const linkBase = publicBase({ publicUrl });
  const reset = new PasswordReset({ db, citizens, resets, sessions, mailer, clock, log, publicBase: linkBase });
  const lineEnabled = Boolean(lineConfig.channelAccessToken);
  const line = new BookingLine({ enabled: lineEnabled, outbox: new OutboxRepo(db), links, citizens, queue, timeZone, publicUrl });
  const requests = new Requests({
    db,
    queue,
    clock,
    requests: requestRepo,
    documents: documentRepo,
    bookings: bookingRepo,
    accounts,
    line,
    maxDrafts: uploadLimits.maxDraftsPerCitizen,
    maxTicketsPerDay: portal.maxTicketsPerCitizenPerDay,
  });
  const access = new RequestAccess({ queue, clock });
  const reminders = new BookingReminders({
    db,
    bookings: bookingRepo,
    line,
    clock,
    enabled: lineEnabled,
    onError: (err) => log.error({ err }, 'booking reminders failed'),
  });
  // The hub's token buckets: `limit` calls per so many minutes, a burst of `limit` then evenly.
  const limiter = (limit: number, minutes: number) => new TokenBuckets({ limit, windowMs: minutes * MINUTE }, clock);

  const routeDeps: PortalRouteDeps = {
    clock,
    queue,
    staffSessions,
    sessions,
    accounts,
    citizenIds: new CitizenIdCheck({ db, queue, requests: requestRepo, citizens, hasher, audit, clock }),
    reset,
    lineLogin: new LineLogin({
      db,
      citizens,
      client: new LineLoginClient(portal.lineLogin),
      states: new LoginStates(clock),
      clock,
    }),
    requests,
    documents: new Documents({
      db,
      clock,
      store,
      room: new UploadRoom({
        documents: documentRepo,
        limits: uploadLimits,
        dataDir,
        diskSpace: deps.diskSpace ?? statfsDiskSpace,
        log,
      }),
      documents: documentRepo,
      requests: requestRepo,
      requestService: requests,
      access,
      audit,
    }),
    bookings: new Bookings({
      db,
      queue,
      clock,
      timeZone,
      bookings: bookingRepo,
      requests: requestRepo,
      requestService: requests,
      line,
      maxLiveBookings: portal.maxBookingsPerCitizen,
    }),
    staffView: new StaffRequestView({ db, queue, requests: requestRepo, requestService: requests, citizens, access, audit }),
    feedback: new FeedbackRepo(db),
    limits: {
      // Failed logins: an address's spray of usernames stops that address only; one address cannot
      // use up an account's budget from everywhere (8 < 40), and a right password costs nothing.
      login: limiter(30, 15),
      loginUser: limiter(8, 15),
      loginAccount: limiter(40, 15),
      changes: limiter(120, 15),
      profile: limiter(10, 60),
      reset: limiter(10, 15),
      resetEmail: limiter(3, 60),
      register: limiter(20, 60),
      checkIn: limiter(60, 1),
    },
    publicUrl,
  };

  const purge = (now = clock.now().getTime()) =>
    purgePortalData(
      {
        db,
        documents: documentRepo,
        store,
        links,
        sessions: sessionRepo,
        resets,
        documentRetentionDays: portal.documentRetentionDays,
        lineRetentionDays: lineConfig.retentionDays,
      },
      now,
    );

  let purgeTimer: NodeJS.Timeout | null = null;
  const runPurge = () => {
    try {
      const result = purge();
      if (result.documents + result.lineLinks > 0) log.info({ ...result }, 'portal retention purge');
    } catch (err) {
      log.error({ err }, 'portal retention purge failed');
    }
  };

  return {
    routeDeps,
    reset,
    reminders,
    uploadsDir: store.dir,
    purge,
    start() {
      // Said once, at start: the admin's settings page says it too (docs/portal.md).
      if (linkBase === null) {
        log.warn({}, 'OSS_PUBLIC_URL is not set: password reset links are not sent by e-mail and LINE Login is off');
      }
      runPurge();
      purgeTimer = setInterval(runPurge, PURGE_EVERY_MS);
      purgeTimer.unref();
      reminders.start();
    },
    async close() {
      if (purgeTimer) clearInterval(purgeTimer);
      reminders.stop();
      await reset.settle();
    },
  };
}
