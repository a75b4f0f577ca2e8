// Builds the hub from its parts. Nothing listens here: index.ts (or a test) calls listen.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { API_PREFIX, routes } from '@oss/shared';
import { createAdminContext, type AdminContext } from './admin/admin-context.js';
import { Sessions } from './auth/sessions.js';
import { BACKUP_DIR, Backups } from './backup/backups.js';
import { NightlyBackup } from './backup/nightly-backup.js';
import { systemClock, type Clock } from './clock.js';
import { defaultConfig, type Config } from './config.js';
import { Checkpointer } from './db/checkpointer.js';
import type { Db } from './db/open.js';
import { assertGuardsOnRequest } from './http/auth-guard.js';
import type { RouteDeps } from './http/context.js';
import { clientErrorHandler, frameworkErrors, installErrorHandler } from './http/error-handler.js';
import { logSerializers } from './http/log-redaction.js';
import { route } from './http/route.js';
import { installRateLimits } from './http/rate-limit.js';
import { trackConnections } from './http/graceful-close.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { DEFAULT_HTTP_LIMITS, guardSlowClients, httpServerOptions, type HttpLimits } from './http/slow-clients.js';
import { apiRoutes } from './http/routes/index.js';
import { setupLine, type LineService, type RelayTuning } from './line/index.js';
import { Queue } from './queue/queue.js';
import { createPortal, resolveDataDir, type Portal } from './portal/create-portal.js';
import { createPrinting } from './printing/create-printing.js';
import { createStream } from './realtime/stream.js';
import { ensureAdmin, seedDemo } from './seed.js';
import { SecretBox } from './settings/secret-box.js';
import type { DiskSpaceSource } from './uploads/disk-space.js';
import { UserRepo } from './users/user-repo.js';
import { registerWebApps } from './web/static.js';
import { builtInSetReader } from './voice/builtin-set.js';
import { voiceClipFiles, voiceDir } from './voice/clip-files.js';
import { VoiceStore } from './voice/voice-store.js';

export const HUB_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The repository root, where the built web apps live (kiosk/dist/renderer, …). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface HubDeps {
  db: Db;
  config: Pick<Config, 'timeZone' | 'adminPassword' | 'seed' | 'sessionHours' | 'logLevel'> &
    Partial<
      Pick<
        Config,
        | 'printer'
        | 'publicUrl'
        | 'line'
        | 'rateLimits'
        | 'backup'
        | 'mail'
        | 'portal'
        | 'dataDir'
        | 'uploads'
        | 'trustProxy'
        | 'maxConnections'
      >
    >;
  clock?: Clock;
  /** A pino logger option or `false`; defaults to JSON logs at config.logLevel (tests may give a stream). */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Time limits on slow clients and the connection cap; tests make them short or small. */
  http?: Partial<HttpLimits>;
  webRoot?: string;
  /** LINE relay timing; tests make it short or drive it by hand (pollMs 0). */
  lineTuning?: Partial<RelayTuning>;
  /** The data directory's free space for the upload guard; statfs by default (tests play a full disk). */
  diskSpace?: DiskSpaceSource;
}

export interface Hub {
  app: FastifyInstance;
  queue: Queue;
  sessions: Sessions;
  /** The Socket.IO server (tests and the benchmark count its clients). */
  io: ReturnType<typeof createStream>['io'];
  /** Set when this start created the admin account with a generated password. */
  generatedAdminPassword: string | null;
  /** Admin pages, counter sign-in, devices, reports, the automatic day close (tests call autoClose.check()). */
  admin: AdminContext;
  /** LINE alerts, webhook and relay (relay null unless OSS_LINE_CHANNEL_ACCESS_TOKEN is set). */
  line: LineService;
  /** The citizen portal (docs/portal.md): tests call its purge, reminders.check() and reset.settle(). */
  portal: Portal;
  close: () => Promise<void>;
}

/**
 * The zod compilers as fastify's compiler factories, so that it never loads and builds its default
 * Ajv ones (about a tenth of a second of the hub's start-up). Fastify types these factories for
 * JSON-schema compilers; at run time it only calls what they return with each route's schema.
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<FastifyServerOptions['schemaController']>['compilersFactory'];

export async function createHub({
  db,
  config,
  clock = systemClock,
  logger,
  webRoot = DEFAULT_WEB_ROOT,
  lineTuning,
  diskSpace,
  http,
}: HubDeps): Promise<Hub> {
  // What the caller leaves out of config is the environment's default (config.ts).
  const defaults = defaultConfig();
  const httpLimits: HttpLimits = {
    ...DEFAULT_HTTP_LIMITS,
    maxConnections: config.maxConnections ?? defaults.maxConnections,
    ...http,
  };
  const trustProxy = config.trustProxy ?? defaults.trustProxy;
  const app = Fastify({
    logger:
      typeof logger === 'object'
        ? { ...logger, serializers: logSerializers }
        : (logger ?? {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'body.password', 'password'],
            serializers: logSerializers,
          }),
    bodyLimit: 64 * 1024,
    // Router-level refusals (an over-long path parameter) in the one error shape too.
    frameworkErrors,
    clientErrorHandler,
    // The office LAN talks to the hub directly; the portal's reverse proxy, when its address is in
    // OSS_TRUST_PROXY, tells the citizen's address in X-Forwarded-For (nobody else may).
    trustProxy: trustProxy.length > 0 ? trustProxy : false,
    ...httpServerOptions(httpLimits),
    // Per-request lines only when debugging: a busy office makes thousands a minute.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    schemaController: { compilersFactory: ZOD_COMPILERS },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('user', null);
  guardSlowClients(app, httpLimits);
  const connections = trackConnections(app.server);
  installSecurityHeaders(app);
  // Every login check runs before the body is parsed or validated: a misplaced guard stops the start.
  app.addHook('onRoute', assertGuardsOnRequest);
  installErrorHandler(app);
  // Off unless configured: index.ts passes the env's limits; tests opt in.
  if (config.rateLimits) installRateLimits(app, { clock, limits: config.rateLimits, prefix: API_PREFIX });
  // Backups sit beside the database file; an in-memory database has none.
  const backups = db.memory
    ? null
    : new Backups({
        db,
        dir: join(dirname(db.name), BACKUP_DIR),
        clock,
        timeZone: config.timeZone,
        keep: config.backup?.keep ?? defaults.backup.keep,
      });

  const queue = new Queue({ db, clock, timeZone: config.timeZone, publicUrl: config.publicUrl });
  const sessions = new Sessions(new UserRepo(db), clock, config.sessionHours);
  // Uploads and the install's key (citizen IDs, the settings' secrets) live here.
  const dataDir = resolveDataDir(db, config.dataDir);
  const secrets = new SecretBox(dataDir);
  const admin = createAdminContext({
    db,
    queue,
    sessions,
    clock,
    timeZone: config.timeZone,
    secrets,
    publicUrl: config.publicUrl,
    onError: (err) => app.log.error({ err }, 'automatic day close failed'),
  });
  // Secrets an older hub stored in clear are encrypted now, once.
  const sealed = db.transaction(() => admin.officeSettings.sealStored())();
  if (sealed > 0) app.log.info({ groups: sealed }, 'stored settings secrets encrypted');
  const printing = createPrinting({
    queue,
    clock,
    printer: config.printer,
    publicUrl: config.publicUrl,
    line: config.line,
    log: app.log,
  });
  const portal = createPortal({
    db,
    queue,
    clock,
    audit: admin.audit,
    staffSessions: sessions,
    timeZone: config.timeZone,
    dataDir,
    portal: config.portal,
    uploads: config.uploads,
    diskSpace,
    mail: config.mail,
    line: config.line,
    publicUrl: config.publicUrl,
    log: app.log,
  });
  const generatedAdminPassword = await ensureAdmin(db, sessions, config.adminPassword);
  if (config.seed === 'demo' && seedDemo(db, queue)) app.log.info('seeded the demo office');

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'OSS queue hub', version: HUB_VERSION, description: 'One Stop Service queue: tickets, counters, tracking' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  const voice = { store: new VoiceStore(voiceDir(db)), builtIn: builtInSetReader(webRoot) };
  const deps: RouteDeps = {
    queue,
    sessions,
    version: HUB_VERSION,
    clock,
    signIns: admin.signIns,
    audit: admin.audit,
    admin,
    backups,
    backupAt: config.backup?.at ?? null,
    printing: printing.service,
    alerts: printing.alerts,
    portal: portal.routeDeps,
    voice,
    // LINE is set up after the routes (its webhook is outside /api/v1); the status is read per call.
    lineStatus: () => line.status(),
  };
  await app.register(
    async (api) => {
      await api.register(apiRoutes, deps);
      route(api, routes.openapi, {}, async (_request, reply) => reply.send(app.swagger()));
    },
    { prefix: API_PREFIX },
  );
  const line = await setupLine({
    app,
    db,
    queue,
    clock,
    line: config.line,
    publicUrl: config.publicUrl,
    tuning: lineTuning,
  });
  await registerWebApps(app, webRoot);
  await app.register(voiceClipFiles, { store: voice.store });
  await app.ready();
  line.start();
  portal.start();

  const checkpointer = Checkpointer.start(db, { onError: (err) => app.log.warn({ err }, 'WAL checkpoint failed') });
  const stream = createStream(app.server, queue, sessions, printing.alerts);
  // Notice a new business day even when nobody touches the queue (the TV clears at midnight).
  const dayTimer = setInterval(() => {
    try {
      queue.tick();
    } catch (err) {
      app.log.error({ err }, 'day rollover failed');
    }
  }, 30_000);
  dayTimer.unref();
  admin.autoClose.start();
  const nightly =
    backups && config.backup?.at
      ? new NightlyBackup({
          backups,
          clock,
          timeZone: config.timeZone,
          at: config.backup.at,
          onBackup: (file) => app.log.info({ file }, 'nightly backup taken'),
          onError: (err) => app.log.error({ err }, 'nightly backup failed'),
        })
      : null;
  nightly?.start();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(dayTimer);
      admin.autoClose.stop();
      nightly?.stop();
      await line.close();
      await portal.close();
      await stream.close();
      await connections.closeWithin(() => app.close());
      await checkpointer?.stop();
    })());

  return { app, queue, sessions, io: stream.io, generatedAdminPassword, line, admin, portal, close };
}
