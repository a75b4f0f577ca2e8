// LINE against a fake LINE API on 127.0.0.1: either a whole hub (webhook and HTTP tests) or just
// the queue and the LINE core on an in-memory database (outbox and relay tests, much quicker).
// The relay has no timer unless asked (pollMs 0): tests call relay.flush() and move the clock.
import type { Ticket } from '@oss/shared';
import { ManualClock, systemClock, type Clock } from '../../src/clock.js';
import { defaultConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { createLineCore, type RelayTuning } from '../../src/line/index.js';
import type { LineLog } from '../../src/line/line-log.js';
import { LinksRepo } from '../../src/line/links-repo.js';
import type { OutboxRow } from '../../src/line/outbox-repo.js';
import { Queue } from '../../src/queue/queue.js';
import { seedDemo } from '../../src/seed.js';
import { startFakeLine, type FakeLine } from '../../../test/support/fake-line.js';
import { startTestHub } from '../../../test/support/hub.js';

export const CHANNEL_SECRET = 'test-channel-secret';
/** 10:00 in Bangkok on a Wednesday. */
export const MORNING = '2026-11-25T03:00:00.000Z';

export interface LineFixtureOptions {
  /** A ManualClock by default; null for the system clock. */
  clock?: ManualClock | null;
  tuning?: Partial<RelayTuning>;
  publicUrl?: string;
  aheadAlert?: number;
}

const TUNING: Partial<RelayTuning> = {
  pollMs: 0,
  // Generous: a call to the fake that a busy machine answers late must not count as LINE timing out
  // (a reply taken for lost goes out again as a push). The timeout test sets its own.
  requestTimeoutMs: 10_000,
  backoffBaseMs: 1000,
  backoffMaxMs: 60_000,
  stopWaitMs: 500,
};
/** The environment's LINE defaults (retention, the "N ahead" alert) under the fake's channel. */
const LINE_DEFAULTS = defaultConfig().line;
const silent = () => undefined;
const SILENT: LineLog = { debug: silent, info: silent, warn: silent, error: silent };

function lineConfig(fake: FakeLine, opts: LineFixtureOptions) {
  return {
    channelAccessToken: fake.token,
    channelSecret: CHANNEL_SECRET,
    basicId: '@ossqueue',
    apiBase: fake.url,
    retentionDays: LINE_DEFAULTS.retentionDays,
    aheadAlert: opts.aheadAlert ?? LINE_DEFAULTS.aheadAlert,
  };
}

function helpers(db: Db, queue: Queue, clock: Clock, opts: LineFixtureOptions) {
  const links = new LinksRepo(db);
  const serviceId = (code: string) => queue.services().find((s) => s.code === code)!.id;
  return {
    links,
    serviceId,
    issue: (code = 'A', extra: { priority?: Ticket['priority'] } = {}) =>
      queue.issue({ serviceId: serviceId(code), ...extra }).ticket,
    /** Links as the chat does: a ticket already within N of the front has had its "N ahead". */
    follow(ticket: Ticket, userId: string) {
      links.link(ticket.id, userId, clock.now().getTime());
      if (queue.track(ticket.trackingCode).ahead <= (opts.aheadAlert ?? LINE_DEFAULTS.aheadAlert))
        links.markAheadAlerted(ticket.id);
    },
    outbox: () => db.prepare('SELECT * FROM line_outbox ORDER BY id').all() as OutboxRow[],
    count: (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
  };
}

/** The queue and the LINE core only, on an in-memory database, with a ManualClock. */
export async function lineCore(opts: Omit<LineFixtureOptions, 'clock'> = {}) {
  const fake = await startFakeLine();
  const db = openDatabase(':memory:');
  const clock = new ManualClock(MORNING);
  const queue = new Queue({ db, clock, timeZone: 'Asia/Bangkok' });
  seedDemo(db, queue);
  const core = createLineCore({
    db,
    queue,
    clock,
    log: SILENT,
    line: lineConfig(fake, opts),
    publicUrl: opts.publicUrl,
    tuning: { ...TUNING, ...opts.tuning },
  });
  return {
    fake,
    db,
    queue,
    clock,
    relay: core.relay!,
    ...helpers(db, queue, clock, opts),
    async dispose() {
      await core.close();
      db.close();
      await fake.close();
    },
  };
}
export type LineCoreFixture = Awaited<ReturnType<typeof lineCore>>;

/** A whole hub whose LINE channel points at the fake. */
export async function lineHub(opts: LineFixtureOptions = {}) {
  const fake = await startFakeLine();
  const clock = opts.clock === null ? undefined : (opts.clock ?? new ManualClock(MORNING));
  const test = await startTestHub({
    ...(clock ? { clock } : {}),
    ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}),
    line: lineConfig(fake, opts),
    lineTuning: { ...TUNING, ...opts.tuning },
  });
  return {
    fake,
    test,
    queue: test.hub.queue,
    clock: clock ?? null,
    relay: test.hub.line.relay!,
    ...helpers(test.db, test.hub.queue, clock ?? systemClock, opts),
    async dispose() {
      await test.dispose();
      await fake.close();
    },
  };
}
export type LineHub = Awaited<ReturnType<typeof lineHub>>;
