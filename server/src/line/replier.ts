// Sends the chat's replies after the webhook has answered LINE (a reply is free of quota but its
// token is short-lived). A link confirmation whose reply fails goes out as a push instead.
import type { Clock } from '../clock.js';
import type { ChatOutcome } from './chat.js';
import type { LineApi } from './line-api.js';
import type { LineLog } from './line-log.js';
import type { OutboxRepo } from './outbox-repo.js';
import type { LineRelay } from './relay.js';

export interface ReplierDeps {
  api: LineApi;
  outbox: OutboxRepo;
  relay: LineRelay;
  clock: Clock;
  log: LineLog;
}

export class Replier {
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly deps: ReplierDeps) {}

  send(outcome: ChatOutcome): void {
    const job = this.deliver(outcome)
      .catch((err: unknown) => this.deps.log.error({ err }, 'LINE reply failed'))
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
  }

  /** Waits (a bounded time) for replies still out; nothing is sent after this. */
  async close(waitMs: number): Promise<void> {
    this.closed = true;
    await Promise.race([Promise.all(this.inFlight), new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
  }

  private async deliver(o: ChatOutcome): Promise<void> {
    if (o.replyToken) {
      const result = await this.deps.api.reply(o.replyToken, o.messages);
      if (result.ok || this.closed) return;
      this.deps.log.warn({ reason: result.reason }, 'LINE reply not accepted');
    }
    if (!o.fallback || this.closed) return;
    const { outbox, clock, relay } = this.deps;
    outbox.enqueue({
      lineUserId: o.lineUserId,
      ticketId: o.fallback.ticketId,
      kind: o.fallback.kind,
      messages: o.messages,
      now: clock.now().getTime(),
    });
    relay.wake();
  }
}
