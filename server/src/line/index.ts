// LINE in the hub (docs/design.md §6), for createHub: the core (outbox writer, relay, chat), the webhook
// at POST /line/webhook when the channel secret is set, and the state GET /api/v1/line/status shows
// (server/src/http/routes/line-status.ts).
import type { FastifyInstance } from 'fastify';
import type { LineStatusResponse } from '@oss/shared';
import { createLineCore, type LineCore, type LineCoreDeps } from './core.js';
import { quotaWarning, storedQuota } from './quota.js';
import { lineWebhookRoutes } from './webhook.js';

export type { RelayTuning } from './relay.js';
export { createLineCore } from './core.js';

export interface LineSetup extends Omit<LineCoreDeps, 'log'> {
  app: FastifyInstance;
}

export interface LineService {
  relay: LineCore['relay'];
  alerts: LineCore['alerts'];
  webhook: boolean;
  status(): LineStatusResponse;
  /** Starts the relay's timer (or, with LINE off, the retention purge's). */
  start(): void;
  close(): Promise<void>;
}

export async function setupLine({ app, ...deps }: LineSetup): Promise<LineService> {
  const log = app.log.child({ module: 'line' });
  const core = createLineCore({ ...deps, log });
  const { relay, chat, replier, outbox, links, line } = core;
  const { queue } = deps;

  if (chat && replier && line.channelSecret) {
    await app.register(lineWebhookRoutes, { channelSecret: line.channelSecret, chat, replier });
  } else if (relay) {
    log.warn('OSS_LINE_CHANNEL_SECRET is not set: the LINE webhook is off, so citizens cannot link tickets from the chat');
  }

  const status = (): LineStatusResponse => {
    const quota = storedQuota(queue.settings);
    const warning = quotaWarning(quota);
    const lastSent = outbox.lastSentAt();
    return {
      enabled: relay !== null,
      webhook: chat !== null,
      basicId: line.basicId ?? null,
      outbox: outbox.counts(),
      lastSentAt: lastSent === null ? null : new Date(lastSent).toISOString(),
      ...(relay?.status() ?? { lastError: null, retryAt: null }),
      quota,
      warnings: warning ? [warning] : [],
      linkedUsers: links.linkedUsers(),
      retentionDays: line.retentionDays,
    };
  };

  let purgeTimer: NodeJS.Timeout | null = null;
  return {
    relay,
    alerts: core.alerts,
    webhook: chat !== null,
    status,
    start() {
      if (relay) return relay.start();
      // LINE switched off after links were made: the retention purge must still happen.
      const run = () => {
        try {
          core.purge(deps.clock.now().getTime());
        } catch (err) {
          log.error({ err }, 'LINE retention purge failed');
        }
      };
      run();
      purgeTimer = setInterval(run, core.tuning.purgeEveryMs);
      purgeTimer.unref();
    },
    async close() {
      if (purgeTimer) clearInterval(purgeTimer);
      await core.close();
    },
  };
}
