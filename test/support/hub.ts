// A real hub for tests: a temp SQLite file, port 0 on 127.0.0.1, the demo office, a movable clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { LoginResponse } from '@oss/shared';
import { createHub, type Hub } from '../../server/src/app.js';
import { defaultConfig, type Config } from '../../server/src/config.js';
import type { RelayTuning } from '../../server/src/line/index.js';
import { systemClock, type Clock, type ManualClock } from '../../server/src/clock.js';
import { openDatabase, type Db } from '../../server/src/db/open.js';
import type { DiskSpaceSource } from '../../server/src/uploads/disk-space.js';
import type { HttpLimits } from '../../server/src/http/slow-clients.js';

const TEST_ADMIN_PASSWORD = 'test-admin-pass';

export interface TestHub {
  url: string;
  port: number;
  dataDir: string;
  adminPassword: string;
  hub: Hub;
  db: Db;
  clock: Clock;
  /** Logs in (admin by default) and returns the bearer token. */
  login(username?: string, password?: string): Promise<string>;
  /** Stops the hub; the data directory stays until dispose(). */
  close(): Promise<void>;
  /** Starts the hub again on the same port and data directory. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface TestHubOptions {
  seed?: 'demo' | 'none';
  /** A ManualClock to move the day; defaults to the system clock. */
  clock?: ManualClock;
  timeZone?: string;
  dataDir?: string;
  /** OSS_PRINTER, e.g. a fake printer's `tcp://127.0.0.1:<port>`. */
  printer?: string;
  /**
   * OSS_PUBLIC_URL, the base of reset links, LINE Login's callback and the tickets' QR links; `self`
   * is the test hub's own address (its port found before it starts).
   */
  publicUrl?: string;
  /** The LINE channel (e.g. pointed at a fake LINE API); LINE is off without it. */
  line?: Partial<Config['line']>;
  /** LINE relay timing: short for tests, or pollMs 0 to drive relay.flush() by hand. */
  lineTuning?: Partial<RelayTuning>;
  /** How long a staff login lasts (OSS_SESSION_HOURS); its default (12) unless given. */
  sessionHours?: number;
  /** Per-client rate limits (OSS_RATE_*); off unless given. */
  rateLimits?: Config['rateLimits'];
  /** OSS_TRUST_PROXY: the addresses whose X-Forwarded-For the hub believes (none by default). */
  trustProxy?: string[];
  /** Slow-client time limits and the connection cap (server/src/http/slow-clients.ts). */
  http?: Partial<HttpLimits>;
  /** Backups: how many to keep and the nightly time (null: no nightly timer). */
  backup?: Config['backup'];
  /** The citizen portal: LINE Login endpoints (a local fake), document retention. */
  portal?: Partial<Omit<Config['portal'], 'lineLogin'>> & { lineLogin?: Partial<Config['portal']['lineLogin']> };
  /** OSS_SMTP_URL / OSS_MAIL_FROM (a local SMTP sink). */
  mail?: Config['mail'];
  /** A citizen's upload quota and drafts, the free space uploads leave (OSS_CITIZEN_*, OSS_MIN_FREE_MB). */
  uploads?: Partial<Config['uploads']>;
  /** The data directory's free space as the upload guard sees it (a nearly full disk); statfs by default. */
  diskSpace?: DiskSpaceSource;
}

export async function startTestHub(opts: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'oss-hub-'));
  const clock = opts.clock ?? systemClock;
  const ownPort = opts.publicUrl === 'self' ? await freePort() : 0;
  // The environment's defaults (config.ts) unless a test sets its own; the test hub's own choices
  // beside them: the demo office, no logs, LINE and LINE Login pointed where nothing listens.
  const defaults = defaultConfig();
  const config = {
    timeZone: opts.timeZone ?? defaults.timeZone,
    adminPassword: TEST_ADMIN_PASSWORD,
    seed: opts.seed ?? 'demo',
    sessionHours: opts.sessionHours ?? defaults.sessionHours,
    logLevel: 'silent' as const,
    printer: opts.printer,
    publicUrl: opts.publicUrl === 'self' ? `http://127.0.0.1:${ownPort}` : opts.publicUrl,
    line: opts.line && { ...defaults.line, apiBase: 'http://127.0.0.1:9', ...opts.line },
    rateLimits: opts.rateLimits,
    trustProxy: opts.trustProxy,
    backup: opts.backup,
    dataDir,
    mail: opts.mail,
    uploads: opts.uploads && { ...defaults.uploads, ...opts.uploads },
    portal: {
      ...defaults.portal,
      // A citizen's login lasts a day here, not OSS_CITIZEN_SESSION_HOURS' week.
      sessionHours: 24,
      ...opts.portal,
      lineLogin: {
        authorizeUrl: 'http://127.0.0.1:9/authorize',
        tokenUrl: 'http://127.0.0.1:9/token',
        profileUrl: 'http://127.0.0.1:9/profile',
        ...opts.portal?.lineLogin,
      },
    },
  };
  // The same hub each time it starts (restart() starts it again on the same port and data).
  const build = (on: Db) =>
    createHub({ db: on, config, clock, logger: false, lineTuning: opts.lineTuning, diskSpace: opts.diskSpace, http: opts.http });
  let db = openDatabase(dataDir);
  let hub = await build(db);
  await hub.app.listen({ port: ownPort, host: '127.0.0.1' });
  const port = (hub.app.server.address() as AddressInfo).port;
  let running = true;

  const handle: TestHub = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    adminPassword: TEST_ADMIN_PASSWORD,
    hub,
    db,
    clock,
    async login(username = 'admin', password = TEST_ADMIN_PASSWORD) {
      const res = await fetch(`${handle.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
      return LoginResponse.parse(await res.json()).token;
    },
    async close() {
      if (!running) return;
      running = false;
      await hub.close();
      db.close();
    },
    async restart() {
      await handle.close();
      db = openDatabase(dataDir);
      hub = await build(db);
      await hub.app.listen({ port, host: '127.0.0.1' });
      running = true;
      handle.hub = hub;
      handle.db = db;
    },
    async dispose() {
      await handle.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** A port nobody listens on now, for a hub that must know its own address before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
