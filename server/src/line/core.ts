// The LINE parts wired together without HTTP: repositories, the outbox writer on the queue, the
// relay, and the chat handler with its replier. setupLine (index.ts) adds the routes; tests of
// the relay use this directly on an in-memory database.
import type { Clock } from '../clock.js';
import { defaultConfig, type Config } from '../config.js';
import type { Db } from '../db/open.js';
import type { Queue } from '../queue/queue.js';
import { LineAlerts } from './alerts.js';
import { LineChat } from './chat.js';
import { LineApi } from './line-api.js';
import type { LineLog } from './line-log.js';
import { LinksRepo } from './links-repo.js';
import { OutboxRepo } from './outbox-repo.js';
import { purgeLineData, type PurgeResult } from './purge.js';
import { DEFAULT_RELAY_TUNING, LineRelay, type RelayTuning } from './relay.js';
import { Replier } from './replier.js';
import { SeenEventsRepo } from './seen-events-repo.js';

/** LINE with no channel: the environment's defaults (config.ts). */
const LINE_OFF: Config['line'] = defaultConfig().line;

export interface LineCoreDeps {
  db: Db;
  queue: Queue;
  clock: Clock;
  log: LineLog;
  line?: Config['line'] | undefined;
  publicUrl?: string | undefined;
  tuning?: Partial<RelayTuning> | undefined;
}

export interface LineCore {
  line: Config['line'];
  tuning: RelayTuning;
  links: LinksRepo;
  outbox: OutboxRepo;
  seen: SeenEventsRepo;
  purge: (now: number) => PurgeResult;
  /** Null unless OSS_LINE_CHANNEL_ACCESS_TOKEN is set. */
  relay: LineRelay | null;
  alerts: LineAlerts | null;
  /** Null unless the channel secret is set too (the webhook needs it). */
  chat: LineChat | null;
  replier: Replier | null;
  /** Unhooks from the queue and stops the relay and replies. */
  close(): Promise<void>;
}

export function createLineCore({
  db,
  queue,
  clock,
  log,
  line = LINE_OFF,
  publicUrl,
  tuning: overrides = {},
}: LineCoreDeps): LineCore {
  const tuning: RelayTuning = { ...DEFAULT_RELAY_TUNING, ...overrides };
  const links = new LinksRepo(db);
  const outbox = new OutboxRepo(db);
  const seen = new SeenEventsRepo(db);
  const purge = (now: number) => purgeLineData({ db, links, outbox, seen, retentionDays: line.retentionDays }, now);
  const base = { line, tuning, links, outbox, seen, purge };
  if (!line.channelAccessToken) {
    return { ...base, relay: null, alerts: null, chat: null, replier: null, close: async () => undefined };
  }

  const api = new LineApi({
    channelAccessToken: line.channelAccessToken,
    baseURL: line.apiBase,
    timeoutMs: tuning.requestTimeoutMs,
  });
  const alerts = new LineAlerts({ queue, links, outbox, aheadAlert: line.aheadAlert, publicUrl, log });
  const relay = new LineRelay({ api, outbox, settings: queue.settings, clock, log, purge, tuning });
  const unhook = [
    queue.onEventsInTransaction(alerts.write),
    // After commit: the rows exist now, so the relay need not wait for its next poll.
    queue.onEvents(() => {
      if (alerts.takeWritten()) relay.wake();
    }),
  ];
  let chat: LineChat | null = null;
  let replier: Replier | null = null;
  if (line.channelSecret) {
    replier = new Replier({ api, outbox, relay, clock, log });
    chat = new LineChat({ db, queue, links, outbox, seen, alerts, clock, aheadAlert: line.aheadAlert, publicUrl });
  }
  return {
    ...base,
    relay,
    alerts,
    chat,
    replier,
    async close() {
      unhook.forEach((off) => off());
      await relay.stop();
      await replier?.close(tuning.stopWaitMs);
    },
  };
}
