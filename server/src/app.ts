// Builds the hub from its parts. Nothing listens here: index.ts (or a test) calls listen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { API_PREFIX } from '@oss/shared';
import { Sessions } from './auth/sessions.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/open.js';
import type { RouteDeps } from './http/context.js';
import { installErrorHandler } from './http/error-handler.js';
import { authRoutes } from './http/routes/auth.js';
import { publicRoutes } from './http/routes/public.js';
import { staffRoutes } from './http/routes/staff.js';
import { Queue } from './queue/queue.js';
import { createStream } from './realtime/stream.js';
import { ensureAdmin, seedDemo } from './seed.js';
import { UserRepo } from './users/user-repo.js';
import { registerWebApps } from './web/static.js';

export const HUB_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The repository root, where the built web apps live (kiosk/dist/renderer, …). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface HubDeps {
  db: Db;
  config: Pick<Config, 'timeZone' | 'adminPassword' | 'seed' | 'sessionHours' | 'logLevel'>;
  clock?: Clock;
  /** A pino logger option or `false`; defaults to JSON logs at config.logLevel. */
  logger?: boolean | { level: string };
  webRoot?: string;
}

export interface Hub {
  app: FastifyInstance;
  queue: Queue;
  sessions: Sessions;
  /** The Socket.IO server (tests and the benchmark count its clients). */
  io: ReturnType<typeof createStream>['io'];
  /** Set when this start created the admin account with a generated password. */
  generatedAdminPassword: string | null;
  close: () => Promise<void>;
}

export async function createHub({ db, config, clock = systemClock, logger, webRoot = DEFAULT_WEB_ROOT }: HubDeps): Promise<Hub> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'body.password', 'password'],
    },
    bodyLimit: 64 * 1024,
    // Behind no proxy: the office LAN talks to the hub directly.
    trustProxy: false,
    // Per-request lines only when debugging: a busy office makes thousands a minute.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('user', null);
  installErrorHandler(app);

  const queue = new Queue({ db, clock, timeZone: config.timeZone });
  const sessions = new Sessions(new UserRepo(db), clock, config.sessionHours);
  const generatedAdminPassword = await ensureAdmin(db, sessions, config.adminPassword);
  if (config.seed === 'demo' && seedDemo(db, queue)) app.log.info('seeded the demo office');

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'OSS queue hub', version: HUB_VERSION, description: 'One Stop Service queue: tickets, counters, tracking' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  const deps: RouteDeps = { queue, sessions, version: HUB_VERSION };
  await app.register(
    async (api) => {
      await api.register(publicRoutes, deps);
      await api.register(authRoutes, deps);
      await api.register(staffRoutes, deps);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: API_PREFIX },
  );
  await registerWebApps(app, webRoot);
  await app.ready();

  const stream = createStream(app.server, queue, sessions);
  // Notice a new business day even when nobody touches the queue (the TV clears at midnight).
  const dayTimer = setInterval(() => {
    try {
      queue.tick();
    } catch (err) {
      app.log.error({ err }, 'day rollover failed');
    }
  }, 30_000);
  dayTimer.unref();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(dayTimer);
      await stream.close();
      await app.close();
    })());

  return { app, queue, sessions, io: stream.io, generatedAdminPassword, close };
}
