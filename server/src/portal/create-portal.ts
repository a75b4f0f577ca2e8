// Builds the citizen portal (docs/portal.md) from the hub's parts: accounts and logins, password resets
// by mail, LINE Login, requests with documents, bookings with LINE messages and reminders, kiosk
// check-in, feedback, the staff view, and the daily retention purge. createHub registers `routes`
// under /api/v1 and calls start() and close().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuditRepo } from '../admin/audit-repo.js';
import { TermsRepo } from '../admin/terms-repo.js';
import type { Sessions } from '../auth/sessions.js';
import { BookingLine } from '../bookings/booking-line.js';
import { BookingRepo } from '../bookings/booking-repo.js';
import { bookingRoutes } from '../bookings/booking-routes.js';
import { Bookings } from '../bookings/bookings.js';
import { BookingReminders } from '../bookings/reminders.js';
import { accountRoutes } from '../citizens/account-routes.js';
import { CitizenAccounts } from '../citizens/accounts.js';
import { CitizenIdHasher } from '../citizens/citizen-id-key.js';
import { CitizenRepo } from '../citizens/citizen-repo.js';
import { CitizenSessionRepo } from '../citizens/citizen-session-repo.js';
import { CitizenSessions } from '../citizens/citizen-sessions.js';
import { LineLogin } from '../citizens/line-login.js';
import { LineLoginClient } from '../citizens/line-login-client.js';
import { lineLoginRoutes } from '../citizens/line-login-routes.js';
import { LoginStates } from '../citizens/line-login-states.js';
import { createMailer, type Mailer } from '../citizens/mailer.js';
import { PasswordReset } from '../citizens/password-reset.js';
import { ResetRepo } from '../citizens/reset-repo.js';
import { resetRoutes } from '../citizens/reset-routes.js';
import type { Clock } from '../clock.js';
import { loadConfig, type Config, type PortalConfig } from '../config.js';
import type { Db } from '../db/open.js';
import { FeedbackRepo } from '../feedback/feedback-repo.js';
import { feedbackRoutes } from '../feedback/feedback-routes.js';
import { TokenBuckets } from '../http/rate-limit.js';
import { LinksRepo } from '../line/links-repo.js';
import { OutboxRepo } from '../line/outbox-repo.js';
import type { Queue } from '../queue/queue.js';
import { RequestRepo } from '../requests/request-repo.js';
import { requestRoutes } from '../requests/request-routes.js';
import { Requests } from '../requests/requests.js';
import { staffRequestRoutes } from '../requests/staff-request-routes.js';
import { StaffRequestView } from '../requests/staff-view.js';
import { OfficeSettingsStore } from '../settings/office-settings.js';
import { DocumentRepo } from '../uploads/document-repo.js';
import { Documents } from '../uploads/documents.js';
import { uploadRoutes } from '../uploads/upload-routes.js';
import { UploadStore } from '../uploads/upload-store.js';
import type { PortalRouteDeps } from './context.js';
import { portalInfoRoutes } from './info-routes.js';
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
  mail?: Config['mail'] | undefined;
  line?: Config['line'] | undefined;
  publicUrl?: string | undefined;
  /** A mailer other than SMTP (tests); defaults to nodemailer with the settings or OSS_SMTP_URL. */
  mailer?: Mailer;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export interface Portal {
  routes: FastifyPluginAsyncZod;
  reset: PasswordReset;
  reminders: BookingReminders;
  uploadsDir: string;
  purge(now?: number): PortalPurgeResult;
  start(): void;
  close(): Promise<void>;
}

/** The data directory: given, else beside the database file, else (in-memory tests) a temp one. */
function resolveDataDir(db: Db, given: string | undefined): string {
  if (given) return given;
  if (db.name && db.name !== ':memory:' && db.name !== '') return dirname(db.name);
  return mkdtempSync(join(tmpdir(), 'oss-portal-'));
}

export function createPortal(deps: PortalDeps): Portal {
  const { db, queue, clock, audit, staffSessions, timeZone, publicUrl, log } = deps;
  const defaults = loadConfig({});
  const portal = deps.portal ?? defaults.portal;
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
  const settings = new OfficeSettingsStore(queue.settings);

  const sessions = new CitizenSessions(citizens, sessionRepo, clock, portal.sessionHours);
  const accounts = new CitizenAccounts({ db, citizens, terms: new TermsRepo(db), hasher: new CitizenIdHasher(dataDir), clock });
  // An admin's mail settings win over the environment's.
  const mailer =
    deps.mailer ??
    createMailer(() => {
      const set = settings.mail();
      return { smtpUrl: set.smtpUrl ?? deps.mail?.smtpUrl ?? null, from: set.from ?? deps.mail?.from ?? null };
    });
  const reset = new PasswordReset({ db, citizens, resets, sessions, mailer, clock, log });
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
  });
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
      documents: documentRepo,
      requests: requestRepo,
      requestService: requests,
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
    }),
    staffView: new StaffRequestView({ db, queue, requests: requestRepo, requestService: requests, citizens, audit }),
    feedback: new FeedbackRepo(db),
    limits: {
      login: limiter(30, 15),
      loginUser: limiter(8, 15),
      reset: limiter(10, 15),
      resetEmail: limiter(3, 60),
      register: limiter(20, 60),
      checkIn: limiter(60, 1),
    },
    publicUrl,
  };

  const routes: FastifyPluginAsyncZod = async (api) => {
    api.decorateRequest('citizen', null);
    await api.register(portalInfoRoutes, routeDeps);
    await api.register(accountRoutes, routeDeps);
    await api.register(resetRoutes, routeDeps);
    await api.register(lineLoginRoutes, routeDeps);
    await api.register(requestRoutes, routeDeps);
    await api.register(uploadRoutes, routeDeps);
    await api.register(bookingRoutes, routeDeps);
    await api.register(staffRequestRoutes, routeDeps);
    await api.register(feedbackRoutes, routeDeps);
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
    routes,
    reset,
    reminders,
    uploadsDir: store.dir,
    purge,
    start() {
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
